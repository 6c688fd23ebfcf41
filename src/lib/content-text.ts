/**
 * The text of a content file as everything that reads content sees it: the content check, Astro's
 * loader, the glossary, the MDX pipeline. Editors' tools differ in details that are not content: a
 * byte-order mark (Notepad, some uploads), Windows line endings, accents as one character (NFC) or
 * as a letter plus a combining mark (NFD, as macOS writes file names and some tools write text). One
 * function for all readers, so the check judges exactly the text the build renders, and a title typed
 * with a decomposed "é" is rendered, searched, matched by the glossary and compared like the composed one.
 */
export function normaliseContentText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** A file or folder name as editors mean it: "café" is "café", whichever way the file system wrote the é. */
export function normaliseName(name: string): string {
  return name.normalize('NFC');
}
