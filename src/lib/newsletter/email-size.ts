/**
 * Gmail shows an e-mail of more than about 102 kB only in part, behind a link to the whole message:
 * the end, with the unsubscribe link the mailing tool adds, is hidden. Below that, with room for what
 * the mailing tool adds.
 */
export const clippedEmailBytes = 100_000;

/** A warning in Dutch when an edition's HTML e-mail is so large that Gmail would cut it off; else undefined. */
export function emailSizeWarning(id: string, html: string): string | undefined {
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes <= clippedEmailBytes) return undefined;
  return `Let op: de e-mailversie van nieuwsbrief "${id}" is ${Math.round(bytes / 1000)} kB. Gmail toont een e-mail van meer dan ongeveer 100 kB maar voor een deel, en verbergt de rest, ook de afmeldlink die het mailingprogramma onderaan zet. Maak de nieuwsbrief korter, of zet een deel alleen op de website en link ernaar.`;
}
