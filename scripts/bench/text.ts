import type { Random } from './random.ts';
import { drawWord, type WordList } from './words.ts';

/** Builds Dutch-looking text from the real content's words: nonsense, but with real word lengths and frequencies. */
export class TextMaker {
  private readonly words: WordList;
  private readonly random: Random;

  constructor(words: WordList, random: Random) {
    this.words = words;
    this.random = random;
  }

  word(): string {
    return drawWord(this.words, this.random);
  }

  /** A word of at least `min` letters: names and terms made of "de" and "en" look wrong. */
  longWord(min = 4): string {
    for (let i = 0; i < 50; i++) {
      const w = this.word();
      if (w.length >= min) return w;
    }
    return 'jeugd';
  }

  /** `min`–`max` words, and never fewer than three letters (fields have a minimum length). */
  phrase(min: number, max: number): string {
    const count = this.random.int(min, max);
    const text = Array.from({ length: count }, () => this.word()).join(' ');
    return text.length < 3 ? `${text} ${this.longWord()}` : text;
  }

  /** A title: `min`–`max` words, the first capitalised, no full stop. */
  title(min = 2, max = 6): string {
    return capitalise(`${this.longWord()} ${this.phrase(min - 1, max - 1)}`.trim());
  }

  /** A sentence of at least 20 characters, the shortest prose any field accepts. */
  sentence(min = 6, max = 20): string {
    let text = this.phrase(min, max);
    while (text.length < 20) text = `${text} ${this.word()}`;
    // An occasional comma, as the real text has.
    const withComma = this.random.chance(0.3) ? text.replace(/^((?:\S+ ){3,}?\S+) /, '$1, ') : text;
    return `${capitalise(withComma)}.`;
  }

  /** One to three sentences of 20–400 characters: the length the `summary` field allows. */
  summary(): string {
    let text = '';
    const sentences = this.random.int(1, 3);
    for (let i = 0; i < sentences; i++) text = `${text} ${this.sentence(8, 22)}`.trim();
    while (text.length < 40) text = `${text} ${this.sentence(8, 16)}`.trim();
    if (text.length > 380) text = `${text.slice(0, 370).replace(/\s+\S*$/, '')}.`;
    return text;
  }

  paragraph(): string {
    return Array.from({ length: this.random.int(2, 6) }, () => this.sentence()).join(' ');
  }

  /**
   * A Markdown body of about `targetWords` words: paragraphs under `##` headings, now and then a
   * list, and some links to other pages of the site (`links` are site paths with their labels).
   */
  markdown(targetWords: number, links: readonly { label: string; path: string }[] = []): string {
    const blocks: string[] = [];
    let written = 0;
    let sinceHeading = 0;
    while (written < targetWords) {
      if (blocks.length > 0 && sinceHeading >= this.random.int(2, 4)) {
        blocks.push(`## ${this.title(2, 5)}`);
        sinceHeading = 0;
      }
      let block: string;
      if (this.random.chance(0.15)) {
        block = Array.from({ length: this.random.int(3, 6) }, () => `- ${this.sentence(4, 14)}`).join('\n');
      } else {
        block = this.paragraph();
        if (links.length > 0 && this.random.chance(0.4)) {
          const link = this.random.pick(links);
          block = `${block} Zie ook [${link.label}](${link.path}).`;
        }
      }
      blocks.push(block);
      written += block.split(/\s+/).length;
      sinceHeading += 1;
    }
    return `${blocks.join('\n\n')}\n`;
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A file name for an entry: lower case letters, digits and hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
