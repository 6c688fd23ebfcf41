import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { CollectionName } from '../../src/schemas/index.ts';
import { medianBy, pagesByType } from './weight.ts';

/**
 * What the benchmark reads from a page's HTML: its elements as a browser builds them from the file,
 * before any script runs, and the values of Pagefind's filters it carries
 * (`data-pagefind-filter="key"` with the value as text, or `"key:value"`).
 *
 * Parsed with htmlparser2 (cheerio's fast mode), ten times faster than a spec parser, so every page
 * of a 5,000-entry build can be counted. It adds no elements the markup leaves out (an implied
 * `<tbody>`); the site writes `<html>`, `<head>` and `<body>` itself, and the benchmark checks the
 * largest page of each type in Chromium. What a browser does not make elements of is left out: a
 * `<template>`'s content and, with scripting on, a `<noscript>`'s.
 */
export function readPage(html: string): { elements: number; filters: { key: string; value: string }[] } {
  const $ = cheerio.load(html, { xml: { xmlMode: false } });
  const filters = $('[data-pagefind-filter]')
    .map((_, el) => {
      const attribute = $(el).attr('data-pagefind-filter') ?? '';
      const colon = attribute.indexOf(':');
      return colon === -1
        ? { key: attribute.trim(), value: $(el).text().trim() }
        : { key: attribute.slice(0, colon).trim(), value: attribute.slice(colon + 1).trim() };
    })
    .get()
    .filter((f) => f.key !== '' && f.value !== '');
  return { elements: $('*').length - $('template *, noscript *').length, filters };
}

export interface PageElements {
  url: string;
  elements: number;
}

export interface TypeDomSize {
  key: string;
  /** Every page of the type was counted: the one in the middle, and the one with the most elements. */
  median: PageElements;
  largest: PageElements;
}

export interface BuildDomSizes {
  types: TypeDomSize[];
  /** The filter value that most pages carry: browsing it shows the longest list of results. */
  largestFilter?: { key: string; value: string; pages: number };
}

/** Elements of every page of a build, per page type; and the filter value on most pages. */
export function measureDomSizes(
  dir: string,
  base: string,
  files: readonly string[],
  isEntry: (collection: CollectionName, id: string) => boolean,
): BuildDomSizes {
  const types: TypeDomSize[] = [];
  const filterPages = new Map<string, { key: string; value: string; pages: number }>();
  const url = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  for (const { type, files: group } of pagesByType(files, isEntry).values()) {
    const counted = group.map((file) => {
      const { elements, filters } = readPage(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const { key, value } of filters) {
        const id = `${key}\n${value}`;
        const found = filterPages.get(id) ?? { key, value, pages: 0 };
        found.pages += 1;
        filterPages.set(id, found);
      }
      return { url: url(file), elements };
    });
    types.push({
      key: type.key,
      median: medianBy(counted, (c) => c.elements)!,
      largest: counted.reduce((a, b) => (b.elements > a.elements ? b : a)),
    });
  }
  const largestFilter = [...filterPages.values()].reduce<BuildDomSizes['largestFilter']>(
    (a, b) => (a === undefined || b.pages > a.pages ? b : a),
    undefined,
  );
  return { types, largestFilter };
}
