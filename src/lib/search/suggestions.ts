/**
 * The site's own names for the "Bedoelde u …?" suggestions, as the build writes them
 * (src/pages/zoeken/suggesties.json.ts) and the search reads them when a word of a search is not
 * in the index (src/lib/search/client/unknown-words.ts). Each name once; the words inside names are
 * not stored again: the browser takes them apart.
 */
export interface SuggestionFile {
  /** The name of every entry (its title, name or term): these count most. */
  names: string[];
  /** Other names that stand on the site: places, municipalities, full forms and spellings of terms, abbreviations. */
  terms: string[];
  /**
   * The words of names too long to keep whole within the file's budget (suggestion-words.ts), each
   * once, and only those that no name or term kept whole already has. Empty on a site of a few
   * hundred pages.
   */
  words: string[];
}

/** Where the file is, under the site's base. */
export const suggestionFilePath = '/zoeken/suggesties.json';

/**
 * Shorter queries are left alone: three letters are a word or an abbreviation more often than a
 * typo, and too many names are a letter away from them.
 */
export const minLetters = 4;

/** At most this many suggestions are shown. */
export const maxSuggestions = 3;
