/*
 * Keys to compare what editors write and visitors type, so that two spellings a reader takes for the
 * same word are found as one: "Café" and "cafe", "pm'er" and "pm’er", a double space. Text arrives
 * composed (NFC) from the loader; the accents are taken off here. Used by the content check and by
 * the search's "Bedoelde u …?" in the browser, so nothing here imports anything.
 */

/** "Coördinatiepunt" as "Coordinatiepunt". */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * A glossary spelling as the glossary matcher tells spellings apart: not by case, straight or curly
 * apostrophe, or spacing; here not by accents either ("Coördinatiepunt" and "Coordinatiepunt" are
 * one word to a reader). Other punctuation counts: "GI’s" is not "GIs".
 */
export function spellingKey(text: string): string {
  return withoutAccents(text)
    .toLocaleLowerCase('nl')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A title or name as a reader tells titles apart: only by its letters and digits ("Het MBO" is "het mbo."). */
export function nameKey(text: string): string {
  return withoutAccents(text)
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
