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

/** The file types a browser shows as images: a name that ends in one is an image's name. */
const imageFile = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** Whether a file name or a site path names an image (by its extension). */
export function isImageFile(name: string): boolean {
  return imageFile.test(name);
}

/** What to do with a picture browsers cannot show: one text for the content check and the build. */
export const saveAsWebImage =
  'Sla de afbeelding opnieuw op als JPG (foto) of PNG (schema, logo), bijvoorbeeld met "Opslaan als" of "Exporteren" in een fotoprogramma, en gebruik dat bestand.';
