import { describe, expect, it } from 'vitest';
import { adjacentEditions, newestFirst, sectionsOf } from '../../src/lib/newsletter/edition.ts';

const edition = (id: string, date: string, title = id) => ({ id, title, date: new Date(`${date}T00:00:00Z`) });

// Deliberately out of order, as getCollection returns them.
const editions = [
  edition('zomer', '2020-07-01'),
  edition('herfst', '2019-11-01'),
  edition('winter', '2021-01-15'),
  edition('lente', '2020-03-01'),
];

describe('adjacentEditions', () => {
  it('links each edition to the older one as previous and the newer one as next', () => {
    expect(adjacentEditions(editions, 'lente')).toEqual({ previous: editions[1], next: editions[0] });
    expect(adjacentEditions(editions, 'zomer')).toEqual({ previous: editions[3], next: editions[2] });
  });

  it('has no previous for the oldest edition and no next for the newest', () => {
    expect(adjacentEditions(editions, 'herfst')).toEqual({ previous: undefined, next: editions[3] });
    expect(adjacentEditions(editions, 'winter')).toEqual({ previous: editions[0], next: undefined });
  });

  it('has neither when there is one edition', () => {
    expect(adjacentEditions([editions[0]!], 'zomer')).toEqual({ previous: undefined, next: undefined });
  });

  it('orders editions of the same day by title, whatever order they come in', () => {
    const sameDay = [edition('b', '2020-01-01', 'Bericht B'), edition('a', '2020-01-01', 'Bericht A')];
    expect(newestFirst(sameDay).map((e) => e.id)).toEqual(['a', 'b']);
    expect(newestFirst([...sameDay].reverse()).map((e) => e.id)).toEqual(['a', 'b']);
    expect(adjacentEditions(sameDay, 'a')).toEqual({ previous: sameDay[0], next: undefined });
  });

  it('refuses an id that is not an edition', () => {
    expect(() => adjacentEditions(editions, 'voorjaar')).toThrow(/voorjaar/);
  });
});

describe('sectionsOf', () => {
  it('lists the level-2 headings in order, not the deeper ones', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 4, slug: 'b1', text: 'B1' },
    ];
    expect(sectionsOf(headings).map((h) => h.slug)).toEqual(['a', 'b']);
  });
});
