import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/lib/search/latest-only.ts';
import { loadInOrder } from '../../src/lib/search/load-in-order.ts';
import { moreLabel, nextPage, pageSizes } from '../../src/lib/search/paging.ts';

describe('pages of results', () => {
  it('shows a first page, then the next, until all are shown', () => {
    expect(nextPage(0, 188, 20)).toEqual({ start: 0, end: 20 });
    expect(nextPage(20, 188, 20)).toEqual({ start: 20, end: 40 });
    expect(nextPage(180, 188, 20)).toEqual({ start: 180, end: 188 });
    expect(nextPage(188, 188, 20)).toEqual({ start: 188, end: 188 });
    expect(nextPage(0, 3, 20)).toEqual({ start: 0, end: 3 });
    expect(nextPage(0, 0, 20)).toEqual({ start: 0, end: 0 });
  });

  it('keeps a page small enough for 5,000 results and the dialog smaller than the search page', () => {
    expect(pageSizes.dialog).toBeLessThan(pageSizes.page);
    expect(pageSizes.page).toBeLessThanOrEqual(25);
  });

  it('says on the button how far the reader is', () => {
    expect(moreLabel('Meer resultaten tonen', 20, 188)).toBe('Meer resultaten tonen (20 van 188)');
    // Numbers as Pagefind writes them in the summary ("4.237 resultaten").
    expect(moreLabel('Meer resultaten tonen', 1000, 4237)).toBe('Meer resultaten tonen (1.000 van 4.237)');
  });
});

/** A load that finishes when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading a page of results in order', () => {
  it('places each value in order, as soon as it and those before it are there', async () => {
    const loads = [0, 1, 2, 3].map(() => deferred<string>());
    const placed: string[] = [];
    const done = loadInOrder(
      loads.map((d) => () => d.promise),
      4,
      () => true,
      (value) => placed.push(value),
    );
    loads[1]!.resolve('b');
    await tick();
    expect(placed).toEqual([]);
    loads[0]!.resolve('a');
    await tick();
    expect(placed).toEqual(['a', 'b']);
    loads[3]!.resolve('d');
    loads[2]!.reject(new Error('gone'));
    await done;
    expect(placed).toEqual(['a', 'b', 'd']);
  });

  it('has no more than the given number of loads under way', async () => {
    const loads = [0, 1, 2, 3, 4, 5].map(() => deferred<number>());
    let started = 0;
    const done = loadInOrder(
      loads.map((d) => () => (started++, d.promise)),
      2,
      () => true,
      () => undefined,
    );
    await tick();
    expect(started).toBe(2);
    loads[0]!.resolve(0);
    await tick();
    expect(started).toBe(3);
    for (const d of loads) d.resolve(0);
    await done;
    expect(started).toBe(6);
  });

  it('starts and places nothing more once a newer search has come in', async () => {
    const loads = [0, 1, 2, 3].map(() => deferred<number>());
    let started = 0;
    let current = true;
    const placed: number[] = [];
    const done = loadInOrder(
      loads.map((d) => () => (started++, d.promise)),
      2,
      () => current,
      (value) => placed.push(value),
    );
    current = false;
    loads[0]!.resolve(0);
    loads[1]!.resolve(1);
    await done;
    expect(started).toBe(2);
    expect(placed).toEqual([]);
  });
});

describe('searching while typing', () => {
  it('runs one search at a time, and of those that came in meanwhile only the latest', async () => {
    const runs = new Map<string, ReturnType<typeof deferred<string>>>();
    const started: string[] = [];
    const search = latestOnly((term: string) => {
      started.push(term);
      const run = deferred<string>();
      runs.set(term, run);
      return run.promise;
    });
    const g = search('g');
    const ge = search('ge');
    const gem = search('gem');
    await tick();
    expect(started).toEqual(['g']);
    runs.get('g')!.resolve('results for g');
    expect(await g).toBe('results for g');
    expect(await ge).toBeNull();
    await tick();
    expect(started).toEqual(['g', 'gem']);
    runs.get('gem')!.resolve('results for gem');
    expect(await gem).toBe('results for gem');
  });

  it('lets a newer search replace one that still waits before starting', async () => {
    const started: string[] = [];
    const search = latestOnly(
      (term: string) => (started.push(term), Promise.resolve(term)),
      (term) => (term.length === 1 ? 20 : 0),
    );
    const g = search('g');
    const ge = search('ge');
    expect(await ge).toBe('ge');
    expect(await g).toBeNull();
    expect(started).toEqual(['ge']);
  });

  it('goes on after a search that failed', async () => {
    const search = latestOnly((term: string) =>
      term === 'x' ? Promise.reject(new Error('x')) : Promise.resolve(term),
    );
    await expect(search('x')).rejects.toThrow('x');
    expect(await search('y')).toBe('y');
  });
});
