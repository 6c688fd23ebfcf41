import { describe, expect, it } from 'vitest';
import { emptyPaths, type DataPath } from '../../src/lib/cms/prune.ts';
import { mergePhrases, phrases } from '../../src/lib/cms/client/phrases.ts';
import decapDutch from 'decap-cms-locales/dist/esm/nl/index.js';
import decapEnglish from 'decap-cms-locales/dist/esm/en/index.js';

/** Deletes the paths in order, as the editor's hook does on Decap's data before it saves. */
function prune(data: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of emptyPaths(copy)) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
    const key = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  }
  return copy;
}

describe('what the editor leaves out of a file when it saves', () => {
  it('leaves out fields the editor emptied, and keeps every value written', () => {
    const data = {
      title: 'Peuterplus',
      statusNote: '',
      since: Number.NaN,
      status: null,
      funding: [],
      count: 0,
      pilot: false,
      date: new Date('2020-01-01'),
    };
    expect(prune(data)).toEqual({ title: 'Peuterplus', count: 0, pilot: false, date: new Date('2020-01-01') });
  });

  it('takes empty items out of lists, and a group or list that is left with nothing', () => {
    const data = {
      themes: ['taal', '', 'gedrag', ''],
      ageRange: { fromMonths: '', toMonths: '', label: '' },
      members: [{ person: 'kate-snellens', role: '' }, { person: '', role: '' }, { party: 'wijkteam' }],
      mentions: { tables: [], plans: ['regie'] },
    };
    expect(prune(data)).toEqual({
      themes: ['taal', 'gedrag'],
      members: [{ person: 'kate-snellens' }, { party: 'wijkteam' }],
      mentions: { plans: ['regie'] },
    });
  });

  it('gives list positions from the last to the first, so that each path still points where it should', () => {
    const paths: DataPath[] = emptyPaths({ list: ['', 'a', '', { x: '', y: 'b' }] });
    expect(paths).toEqual([
      ['list', 3, 'x'],
      ['list', 2],
      ['list', 0],
    ]);
  });
});

describe('the Dutch phrases laid over Decap’s own', () => {
  it('replaces only the phrases it names, at any depth', () => {
    const merged = mergePhrases({ a: { b: 'oud', c: 'blijft' }, d: 'blijft' }, { a: { b: 'nieuw' } });
    expect(merged).toEqual({ a: { b: 'nieuw', c: 'blijft' }, d: 'blijft' });
  });

  type Tree = { [key: string]: string | Tree };
  const paths = (tree: Tree, at: string[] = []): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[[...at, key].join('.'), value] as [string, string]] : paths(value, [...at, key]),
    );

  it('names only phrases Decap has, in English at least (a mistyped key would change nothing)', () => {
    const known = new Set(paths(decapEnglish as Tree).map(([path]) => path));
    expect(paths(phrases as Tree).filter(([path]) => !known.has(path))).toEqual([]);
  });

  it('calls a page a page: no "item" left in what the editor says', () => {
    const merged = mergePhrases(decapDutch as Tree, phrases as Tree) as Tree;
    // "Voeg %{item} toe" names a list's item by its own label (src/schemas/labels.ts).
    expect(paths(merged).filter(([, text]) => /\bitems?\b/i.test(text.replace('%{item}', '')))).toEqual([]);
  });
});
