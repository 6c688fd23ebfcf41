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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a file's bytes are no UTF-8 text. */
export type EncodingProblem = { kind: 'utf-16' } | { kind: 'not-utf-8'; line: number };

/**
 * A content file's text, normalised, from its bytes; or why they are no UTF-8 text, which every reader
 * of content expects: saved as UTF-16 (Notepad's "Unicode"), or in an old code page such as
 * Windows-1252 ("ANSI"), where an "é" is a byte UTF-8 cannot read and the site would show "�".
 */
export function decodeContent(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 without a BOM still puts a zero byte beside every ASCII letter; text never has one.
  if (utf16Bom || bytes.includes(0)) return { problem: { kind: 'utf-16' } };
  try {
    return { text: normaliseContentText(utf8.decode(bytes)) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n?|\n/).length;
    return { problem: { kind: 'not-utf-8', line } };
  }
}
