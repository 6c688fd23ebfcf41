/**
 * Where the site's images go: one folder of public/, written in texts from the site's root. The
 * editor stores what editors upload there (src/lib/cms/config.ts), and the content check's hints
 * name it; CONTRIBUTING says so too.
 */
export const mediaFolder = 'public/afbeeldingen';
export const publicFolder = '/afbeeldingen';

/** An image's address in a text, as an example in a hint: /afbeeldingen/<name>. */
export function imagePath(name: string): string {
  return `${publicFolder}/${name}`;
}
