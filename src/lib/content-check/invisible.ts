/**
 * Characters an editor cannot see, which text copied from Word, a PDF or a website often brings
 * along: in a field name, an id or a link they are the whole problem ("junis-kinderopvang" with a
 * non-breaking space after it), yet a message that quotes them looks as if nothing were wrong.
 * The one list of them: the loader names them in field names, the messages name them where they quote.
 */
const invisibleNames: Record<string, string> = {
  '\u00a0': 'harde spatie',
  '\u2007': 'harde spatie',
  '\u202f': 'harde spatie',
  '\u200b': 'onzichtbare spatie',
  '\u200c': 'onzichtbaar verbindingsteken',
  '\u200d': 'onzichtbaar verbindingsteken',
  '\u2060': 'onzichtbaar verbindingsteken',
  '\u00ad': 'zacht afbreekstreepje',
  '\ufeff': 'onzichtbaar teken',
  '\u200e': 'richtingsteken',
  '\u200f': 'richtingsteken',
  '\u202a': 'richtingsteken',
  '\u202b': 'richtingsteken',
  '\u202c': 'richtingsteken',
  '\u202d': 'richtingsteken',
  '\u202e': 'richtingsteken',
  '\u2066': 'richtingsteken',
  '\u2067': 'richtingsteken',
  '\u2068': 'richtingsteken',
  '\u2069': 'richtingsteken',
  '\u2028': 'onzichtbaar regeleinde',
  '\u2029': 'onzichtbaar regeleinde',
  // Word's bullet in its Symbol font: a character of its own, which other programs show as nothing or a box.
  '\uf0b7': 'opsommingsteken van Word',
};

/**
 * Characters no text should hold: control characters, which js-yaml (the build's reader) refuses in
 * the fields, and the ones only wrong decoding brings. The loader says each where it stands (see
 * checkRefusedCharacters in yaml-values.ts); the messages name them where they quote.
 */
const controlNames: Record<string, string> = {
  // Word's Shift+Enter (a new line in the same paragraph) and Ctrl+Enter (a new page) come along as
  // these two when its text is copied.
  '\u000b': 'verborgen regelovergang (Shift+Enter in Word)',
  '\u000c': 'verborgen pagina-einde (Ctrl+Enter in Word)',
  ...Object.fromEntries(
    [...range(0x00, 0x08), ...range(0x0e, 0x1f), 0x7f].map((code) => [
      String.fromCharCode(code),
      'verborgen stuurteken',
    ]),
  ),
  // U+0080 to U+009F: only text decoded with the wrong code page holds them, such as Word's “ saved as
  // Windows-1252 and read as Latin-1 (see meantCharacter).
  ...Object.fromEntries(range(0x80, 0x9f).map((code) => [String.fromCharCode(code), 'verkeerd omgezet teken'])),
  // No character at all: Unicode keeps these two free ("noncharacters"), and js-yaml refuses them.
  '\ufffe': 'ongeldig teken',
  '\uffff': 'ongeldig teken',
};

/** The numbers from `first` to `last`, both included. */
function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Windows-1252, the code page of Word and Notepad in Western Europe, from 0x80 to 0x9F: what a byte
 * there stands for. Text in that code page read as Latin-1 (or as UTF-8 by a lenient program) turns
 * these into U+0080 to U+009F; a space marks the five bytes Windows-1252 leaves unused.
 */
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/**
 * The character a wrongly decoded one most likely was (“ for U+0093, … for U+0085), or undefined for a
 * character outside U+0080 to U+009F or one the code page does not use.
 */
export function meantCharacter(char: string): string | undefined {
  if (!isWronglyDecoded(char)) return undefined;
  const meant = WINDOWS_1252[char.charCodeAt(0) - 0x80];
  return meant === ' ' ? undefined : meant;
}

/** Whether no text should hold the character (see controlNames): a tab and a new line it may. */
export function isControlCharacter(char: string): boolean {
  return Object.hasOwn(controlNames, char);
}

/** U+0080 to U+009F: only wrong decoding puts them in a text (see meantCharacter). */
export function isWronglyDecoded(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x80 && code <= 0x9f;
}

/** Characters, escaped, to put inside the brackets of a regular expression. */
const classOf = (names: Record<string, string>) =>
  Object.keys(names)
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/**
 * The characters that look like a space or like nothing, to put inside the brackets of a regular
 * expression: `[${invisibleClass}]`. Not the control characters, which are said on their own.
 */
export const invisibleClass = classOf(invisibleNames);

const anyInvisible = new RegExp(`[${invisibleClass}${classOf(controlNames)}]`, 'g');
const anyControl = new RegExp(`[${classOf(controlNames)}]`, 'g');

/** The name of a character that does not show ("harde spatie", "verborgen stuurteken"), or undefined for any other. */
export function invisibleName(char: string): string | undefined {
  return invisibleNames[char] ?? controlNames[char];
}

/** Whether the text holds a character that does not show. */
export function hasInvisible(text: string): boolean {
  return text.search(anyInvisible) !== -1;
}

/** The text with every character that does not show written as its name: ‹harde spatie›. */
export function showInvisible(text: string): string {
  return text.replace(anyInvisible, (char) => `‹${invisibleName(char)}›`);
}

/** The text without the characters that do not show. */
export function withoutInvisible(text: string): string {
  return text.replace(anyInvisible, '');
}

/** The offsets in `text` of every character no text should hold (see isControlCharacter). */
export function controlCharacterOffsets(text: string): number[] {
  return [...text.matchAll(anyControl)].map((match) => match.index);
}

/** Up to about 30 characters of `text` on the side of a spot in it, cut at a space, to find it by. */
function nearby(text: string, side: 'before' | 'after'): string {
  const trimmed = withoutInvisible(text).trim();
  if (trimmed.length <= 30) return trimmed;
  if (side === 'before') {
    const tail = trimmed.slice(-30);
    return tail.slice(tail.indexOf(' ') + 1 || 0);
  }
  const head = trimmed.slice(0, 30);
  return head.lastIndexOf(' ') > 0 ? head.slice(0, head.lastIndexOf(' ')) : head;
}

/**
 * What to tell an editor about a character no text should hold (see isControlCharacter), in a field
 * or in the text of a page: where it stands, by the words `before` and `after` it on its line, and
 * what to write instead.
 */
export function strayCharacterHint(char: string, before: string, after: string): string {
  const shown = { before: nearby(before, 'before'), after: nearby(after, 'after') };
  const spot = shown.before
    ? ` Het staat direct na "${shown.before}".`
    : shown.after
      ? ` Het staat direct voor "${shown.after}".`
      : '';
  const meant = meantCharacter(char);
  const fix = meant
    ? `Waarschijnlijk stond hier ${meant}. Haal het teken weg en typ ${meant} opnieuw, of typ de tekst opnieuw.`
    : char === '\u000b' || char === '\u000c'
      ? 'Haal het weg en zet er een spatie voor in de plaats, of typ de tekst opnieuw.'
      : 'Haal het weg, of typ de tekst opnieuw.';
  return `U ziet het teken misschien niet.${spot} ${fix}`;
}

/** What the names in a message stand for. */
export const invisibleNote =
  'Een woord tussen ‹ › in deze melding staat voor een teken dat u niet ziet (vaak meegekopieerd uit Word, een pdf of een website). Het staat op die plek in het bestand. Hoort het daar niet, haal het dan weg of typ dat stuk opnieuw.';
