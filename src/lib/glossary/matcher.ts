/** What the glossary plugin needs of an entry: how it is written, and what it stands for. */
export interface GlossaryTerm {
  id: string;
  term: string;
  fullForm: string;
  variants: readonly string[];
}

/** A glossary entry as the matcher takes it, from its id and its fields. */
export function glossaryTerm(id: string, { term, fullForm, variants }: Omit<GlossaryTerm, 'id'>): GlossaryTerm {
  return { id, term, fullForm, variants };
}

/** One place in a text where a glossary term is used. */
export interface TermMatch {
  term: GlossaryTerm;
  /** The text as written, e.g. "ve" for the entry VVE. */
  text: string;
  index: number;
}

const APOSTROPHES = "'’‘";

// Not "-": outside a character class it needs no escape, and with the u flag "\-" there is an error.
function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whether a written form is found in any case ("mbo" also as "Mbo" and "MBO"): one in small letters only. */
export function matchesInAnyCase(form: string): boolean {
  return form === form.toLowerCase();
}

/**
 * The pattern of one written form. A form with a capital in it ("VVE", "GI", "JenS") must match
 * exactly: "gi" or "Jens" is another word. A form in small letters ("mbo", "ve") also matches at the
 * start of a sentence or in capitals. Straight and curly apostrophes count as the same, and so do
 * a space and a line break.
 */
function formPattern(form: string): string {
  const caseSensitive = !matchesInAnyCase(form);
  return [...form]
    .map((char) => {
      if (APOSTROPHES.includes(char)) return `[${APOSTROPHES}]`;
      // Markdown may wrap a line in the middle of "Wet langdurige zorg".
      if (/\s/.test(char)) return '\\s+';
      const upper = char.toUpperCase();
      if (!caseSensitive && upper !== char) return `[${escapeRegExp(char)}${escapeRegExp(upper)}]`;
      return escapeRegExp(char);
    })
    .join('');
}

/**
 * Finds glossary terms in plain text: whole words only, so "ve" is found in "ve-peuters" and "(ve)"
 * but not in "vervolg", and "PO" not in "POS".
 */
export class TermMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly byGroup: GlossaryTerm[] = [];

  constructor(terms: readonly GlossaryTerm[]) {
    const forms: { form: string; term: GlossaryTerm }[] = [];
    const known = new Set<string>();
    for (const term of terms) {
      for (const form of [term.term, ...term.variants]) {
        const trimmed = form.trim();
        if (trimmed === '' || known.has(trimmed)) continue;
        known.add(trimmed);
        forms.push({ form: trimmed, term });
      }
    }
    // Longest first: at one position "GI’s" must win over "GI", and "(V)ve" over "ve".
    forms.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
    this.byGroup = forms.map((f) => f.term);
    if (forms.length > 0) {
      const alternatives = forms.map((f) => `(${formPattern(f.form)})`).join('|');
      this.pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'gu');
    }
  }

  /** Every use of a term in `text`, in order. */
  find(text: string): TermMatch[] {
    if (!this.pattern) return [];
    const matches: TermMatch[] = [];
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const term = this.byGroup[group - 1];
      if (term) matches.push({ term, text: match[0], index: match.index });
    }
    return matches;
  }
}
