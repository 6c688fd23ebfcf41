import { withoutAccents } from '../text-keys.ts';

/*
 * How the "Bedoelde u …?" suggestions read words: the same at build time (which names go into the
 * file, once each) and in the browser (what a query is compared with). The browser loads this with
 * the search: it imports only the small text-keys module.
 */

/** Characters that separate words in a name but are no part of one: spaces, slashes, brackets, quotes. */
const separators = /[\s/()[\]{}"“”„«»]+/u;

/** ’s-Hertogenbosch, ’t-Zand: the Dutch article written before a place name. */
const articlePrefix = /^['’‘`][st]-/u;

/**
 * The words of a name as the site writes them, without the punctuation around them
 * ("Werkgroep "de eerste 1000 dagen"" gives Werkgroep, de, eerste, 1000, dagen). An apostrophe at the
 * start stays only where it belongs to the word ("’s-Hertogenbosch").
 */
export function wordsOf(text: string): string[] {
  return text
    .split(separators)
    .map(trimPunctuation)
    .filter((word) => word !== '');
}

function trimPunctuation(word: string): string {
  const end = word.replace(/[^\p{L}\p{N}]+$/u, '');
  return articlePrefix.test(end) ? end : end.replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * The parts of a hyphenated word that are words of their own ("GOAB-ondersteuningstraject" has
 * "ondersteuningstraject"); none for a word without a hyphen, or for the article of ’s-Hertogenbosch.
 */
export function partsOf(word: string): string[] {
  const parts = word.replace(articlePrefix, '').split('-');
  return parts.length > 1 ? parts.filter((part) => part !== '') : [];
}

/** A name as one line: no double quotes (a search box reads them as nothing), single spaces. */
export function cleanName(text: string): string {
  return text
    .replace(/["“”„«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Lower case without accents: "Coördinatiepunt" is "coordinatiepunt". */
function plain(text: string): string {
  return withoutAccents(text).toLocaleLowerCase('nl');
}

/**
 * A word as it sounds, for comparing spellings: lower case, no accents or punctuation, and the
 * Dutch letters that are one sound written one way: "ij", "ei" and "ey" as "y" (Rijssen, Reissen,
 * Ryssen), "au" as "ou".
 */
export function soundKey(word: string): string {
  return plain(word)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/ij/g, 'y')
    .replace(/e[iy]/g, 'y')
    .replace(/au/g, 'ou');
}

/** The keys a word is found by: its own, and for ’s-Hertogenbosch also the place name alone. */
export function soundKeys(word: string): string[] {
  const own = soundKey(word);
  return articlePrefix.test(word) ? [own, soundKey(word.replace(articlePrefix, ''))] : [own];
}

/** The number of letters and digits in a text: what decides whether a query is long enough to correct. */
export function letterCount(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}
