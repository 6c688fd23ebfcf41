import { describe, expect, it } from 'vitest';
import { entryPath, withBase } from '../../src/lib/urls.ts';
import { normaliseBase } from '../../src/lib/base-path.ts';

describe('withBase', () => {
  it('puts the base in front of a site path and adds a trailing slash to pages', () => {
    expect(withBase('/', '/plannen/regie')).toBe('/plannen/regie/');
    expect(withBase('/jeugd/', '/plannen/regie/')).toBe('/jeugd/plannen/regie/');
    expect(withBase('/jeugd', 'plannen/')).toBe('/jeugd/plannen/');
    expect(withBase('/jeugd/', '/')).toBe('/jeugd/');
  });

  it('keeps files, queries and fragments as they are', () => {
    expect(withBase('/jeugd/', '/favicon.svg')).toBe('/jeugd/favicon.svg');
    expect(withBase('/jeugd/', '/zoeken/?q=dreumes')).toBe('/jeugd/zoeken/?q=dreumes');
    expect(withBase('/jeugd/', '/begrippen/#vve')).toBe('/jeugd/begrippen/#vve');
    expect(withBase('/', '/begrippen#vve')).toBe('/begrippen/#vve');
  });

  it('refuses absolute URLs, which must not get a base', () => {
    expect(() => withBase('/', 'https://example.org/')).toThrow();
    expect(() => withBase('/', 'mailto:a@b.nl')).toThrow();
    expect(() => withBase('/', '//example.org/')).toThrow();
  });
});

describe('entryPath', () => {
  it('maps collections to their Dutch URL segment', () => {
    expect(entryPath('people', 'kate-snellens')).toBe('/mensen/kate-snellens/');
    expect(entryPath('practices', 'peuterplus')).toBe('/praktijkvoorbeelden/peuterplus/');
    expect(entryPath('tables', 'ontwikkeltafel-1')).toBe('/ontwikkeltafels/ontwikkeltafel-1/');
  });
});

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['jeugd', '/jeugd/'],
    ['/jeugd', '/jeugd/'],
    ['/jeugd/', '/jeugd/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});
