import { describe, expect, it } from 'vitest';
import { combineLatencyRuns } from '../../scripts/bench/latency-stats.ts';
import { corpusWords, defaultQueries, queriesInCorpus } from '../../scripts/bench/queries.ts';
import { highlightsQuery, queryStem, resultCountFrom } from '../../scripts/bench/search-ui.ts';
import { median } from '../../scripts/bench/stats.ts';
import type { CorpusEntry } from '../../scripts/bench/corpus.ts';

describe('median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([900, 40, 300])).toBe(300);
    expect(median([100, 300, 200, 10])).toBe(150);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });
});

describe('a highlight of the query', () => {
  it("starts with the first four letters of the query's first word, in any case", () => {
    expect(queryStem('Jeugd')).toBe('jeug');
    expect(queryStem('  passende hulp')).toBe('pass');
    expect(queryStem('wmo')).toBe('wmo');
    expect(highlightsQuery('Jeugdzorg', 'jeugd')).toBe(true);
    expect(highlightsQuery('jeugd', 'Jeugd')).toBe(true);
    expect(highlightsQuery('gemeente', 'jeugd')).toBe(false);
    // The shared script's rule: any word with the stem counts, the end of the word does not.
    expect(highlightsQuery('kinderen', 'kinderopvang')).toBe(true);
    expect(highlightsQuery('opvang', 'kinderopvang')).toBe(false);
    expect(highlightsQuery('de', '')).toBe(false);
  });
});

describe('the number of results in the summary', () => {
  it('reads Dutch numbers, with a thousands separator, and "no results"', () => {
    expect(resultCountFrom('1.758 resultaten voor jeugd')).toBe(1758);
    expect(resultCountFrom('1 758 resultaten voor jeugd')).toBe(1758);
    expect(resultCountFrom('59 resultaten voor jeugd')).toBe(59);
    expect(resultCountFrom('1 resultaat voor wmo')).toBe(1);
    expect(resultCountFrom('Geen resultaten voor xyz')).toBe(0);
    expect(resultCountFrom('Zoeken …')).toBeNaN();
  });
});

describe('search latency over runs', () => {
  it('keeps per query the median and every run, and for the surface the median of all runs of all queries', () => {
    const surface = combineLatencyRuns('dialog-next', '/plannen/a/', [
      {
        query: 'jeugd',
        after: 'gemeente',
        samples: [
          { ms: 900, transferBytes: 3000, requests: 3, results: 59 },
          { ms: 300, transferBytes: 100, requests: 1, results: 59 },
          { ms: 500, transferBytes: 100, requests: 1, results: 59 },
        ],
      },
      { query: 'twente', after: 'jeugd', samples: [{ ms: 40 }, { ms: 60 }, { ms: 4000 }] },
    ]);
    expect(surface.queries[0]).toEqual({
      query: 'jeugd',
      after: 'gemeente',
      ms: 500,
      samples: [900, 300, 500],
      transferBytes: 3000,
      requests: 3,
      results: 59,
    });
    expect(surface.queries[1]?.ms).toBe(60);
    // All six runs together: 40, 60, 300, 500, 900, 4000.
    expect(surface.medianMs).toBe(400);
  });

  it('leaves failed runs out of the medians and keeps why they failed', () => {
    const surface = combineLatencyRuns('search-page', '/zoeken/', [
      { query: 'jeugd', samples: [{ error: 'Timeout 30000ms exceeded' }, { ms: 700, transferBytes: 50 }] },
      { query: 'twente', samples: [{ error: 'Timeout 30000ms exceeded' }] },
    ]);
    expect(surface.queries[0]).toMatchObject({ ms: 700, samples: [700], transferBytes: 50 });
    expect(surface.queries[0]?.errors).toEqual(['Timeout 30000ms exceeded']);
    expect(surface.queries[1]).toMatchObject({ ms: undefined, samples: [], errors: ['Timeout 30000ms exceeded'] });
    expect(surface.queries[1]).not.toHaveProperty('after');
    expect(surface.medianMs).toBe(700);
  });
});

describe('queries the corpus can answer', () => {
  const entries: CorpusEntry[] = [
    {
      collection: 'plans',
      id: 'a',
      data: { title: 'Jeugdhulp in Twente', tags: ['Kinderopvang'] },
      body: 'De gemeente.',
    },
    { collection: 'people', id: 'b', data: { name: 'An', role: { title: 'Ontwikkeltafels' } } },
  ];
  const words = corpusWords(entries);

  it('collects the words of every field, nested ones too, and of the bodies, in lower case', () => {
    expect([...words].sort()).toEqual(
      ['an', 'de', 'gemeente', 'in', 'jeugdhulp', 'kinderopvang', 'ontwikkeltafels', 'twente'].sort(),
    );
  });

  it('keeps a query whose every word begins a word of the corpus, and names the rest', () => {
    expect(queriesInCorpus([...defaultQueries, 'passende hulp', 'Twente gemeente'], words)).toEqual({
      found: ['jeugd', 'kinderopvang', 'ontwikkeltafel', 'twente', 'gemeente', 'Twente gemeente'],
      missing: ['passende hulp'],
    });
  });
});
