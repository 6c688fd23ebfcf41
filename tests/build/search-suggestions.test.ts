import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/lib/text-keys.ts';
import { suggestionFilePath, type SuggestionFile } from '../../src/lib/search/suggestions.ts';
import { buildNames, builds } from '../support/builds.ts';
import { htmlFiles, load, sitemapPaths } from '../support/dist.ts';

describe.each(buildNames)('the suggestion file of the %s build', (name) => {
  const { dir, base } = builds[name];
  const file = path.join(dir, suggestionFilePath);
  const bytes = fs.readFileSync(file);
  const suggestions = JSON.parse(bytes.toString('utf8')) as SuggestionFile;
  const everything = [...suggestions.names, ...suggestions.terms, ...suggestions.words];

  it('is a list of names and words, under 20 kB gzip', () => {
    expect(Object.keys(suggestions).sort()).toEqual(['names', 'terms', 'words']);
    for (const list of Object.values(suggestions)) {
      expect(Array.isArray(list)).toBe(true);
      expect(list.every((text: unknown) => typeof text === 'string' && text.trim() === text && text !== '')).toBe(true);
    }
    expect(zlib.gzipSync(bytes).length).toBeLessThan(20_000);
  });

  it('holds the real names of practices, people, places and terms', () => {
    expect(suggestions.names).toEqual(
      expect.arrayContaining(['PeuterPlus in ’s-Hertogenbosch', 'Kate Snellens', 'Reggesteyn', 'Gemeente Almelo']),
    );
    expect(suggestions.terms).toEqual(
      expect.arrayContaining(['’s-Hertogenbosch', 'Almelo', 'Hengelo', 'voor- en vroegschoolse educatie']),
    );
  });

  it('holds nothing that is not on the pages of the site', () => {
    // Text node by text node: a heading and the paragraph after it are two runs of words, not one.
    const pages = htmlFiles(dir).map((page) => {
      const $ = load(dir, page);
      const texts = $('main, main *')
        .contents()
        .toArray()
        .filter((node) => node.type === 'text')
        .map((node) => $(node).text());
      return ` ${nameKey(texts.join(' '))} `;
    });
    const missing = everything.filter((text) => !pages.some((page) => page.includes(` ${nameKey(text)} `)));
    expect(missing).toEqual([]);
    // Whole words only: "Almelo" is on the site, "Almel" is not.
    expect(pages.some((page) => page.includes(' almel '))).toBe(false);
  });

  it('keeps each name once', () => {
    const keys = everything.map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is where the search looks for it, under the base, and not listed as a page', () => {
    const $ = load(dir, 'index.html');
    expect($('site-search').attr('data-suggestions')).toBe(`${base}zoeken/suggesties.json`);
    expect(load(dir, 'zoeken/index.html')('search-page').attr('data-suggestions')).toBe(
      `${base}zoeken/suggesties.json`,
    );
    expect(sitemapPaths(dir).filter((page) => page.includes('suggesties'))).toEqual([]);
  });
});
