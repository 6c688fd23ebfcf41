/** Letters that Unicode normalisation does not take apart. */
const foldings: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };

const MAX_LENGTH = 80;

/**
 * The id (and file name) for a new entry, from its title: "Café-overleg: één keer per maand" becomes
 * "cafe-overleg-een-keer-per-maand". Diacritics are folded (é → e, ĳ → ij), an apostrophe disappears
 * ("'s-Hertogenbosch" → "s-hertogenbosch"), "&" becomes "en", and everything else becomes a hyphen.
 * Returns an empty string when the title has no letters or digits.
 */
export function idFromTitle(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđ]/g, (c) => foldings[c] ?? c)
    .replace(/&/g, ' en ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_LENGTH) return id;
  // Cut a long title at a word, not in the middle of one.
  const cut = id.slice(0, MAX_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_LENGTH);
}

/**
 * The id of an entry from its file's path inside the collection folder ("regie.md" → "regie"). The
 * content check and Astro's loader both take it from here, so they never disagree about an id, and a
 * name the file system wrote decomposed (NFD) is the same id as the composed one.
 */
export function idOfFile(relativePath: string): string {
  return relativePath
    .split(/[\\/]/)
    .join('/')
    .replace(/\.[^./]+$/, '')
    .normalize('NFC');
}
