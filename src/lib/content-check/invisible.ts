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

/** The characters, escaped, to put inside the brackets of a regular expression: `[${invisibleClass}]`. */
export const invisibleClass = Object.keys(invisibleNames)
  .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('');

const anyInvisible = new RegExp(`[${invisibleClass}]`, 'g');

/** The name of a character that does not show ("harde spatie"), or undefined for any other. */
export function invisibleName(char: string): string | undefined {
  return invisibleNames[char];
}

/** Whether the text holds a character that does not show. */
export function hasInvisible(text: string): boolean {
  return text.search(anyInvisible) !== -1;
}

/** The text with every character that does not show written as its name: ‹harde spatie›. */
export function showInvisible(text: string): string {
  return text.replace(anyInvisible, (char) => `‹${invisibleNames[char]}›`);
}

/** The text without the characters that do not show. */
export function withoutInvisible(text: string): string {
  return text.replace(anyInvisible, '');
}

/** What the names in a message stand for. */
export const invisibleNote =
  'Een woord tussen ‹ › in deze melding staat voor een teken dat u niet ziet (vaak meegekopieerd uit Word, een pdf of een website). Het staat op die plek in het bestand. Hoort het daar niet, haal het dan weg of typ dat stuk opnieuw.';
