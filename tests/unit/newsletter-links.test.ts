import { describe, expect, it } from 'vitest';
import { absolutiseLinks, isAbsolute, linksIn } from '../../src/lib/newsletter/links.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { fixtureHtml } from '../fixtures/newsletter/edition.ts';

const page = 'https://voorbeeld.test/jeugd/nieuwsbrieven/testeditie/';

describe('absolutiseLinks', () => {
  const html = absolutiseLinks(fixtureHtml, page);

  it('leaves no relative link or image source', () => {
    const relative = linksIn(html).filter(({ url }) => !isAbsolute(url));
    expect(relative).toEqual([]);
    // The fixture has site paths, a fragment, a "../" link and srcset candidates to resolve.
    expect(linksIn(fixtureHtml).filter(({ url }) => !isAbsolute(url)).length).toBeGreaterThanOrEqual(6);
  });

  it('resolves site paths, fragments and relative paths against the page, base path kept', () => {
    const urls = linksIn(html).map(({ url }) => url);
    expect(urls).toContain('https://voorbeeld.test/jeugd/plannen/voorbeeldplan/');
    expect(urls).toContain('https://voorbeeld.test/jeugd/nieuwsbrieven/testeditie/#tweede-kop');
    expect(urls).toContain('https://voorbeeld.test/jeugd/nieuwsbrieven/andere-editie/');
    expect(urls).toContain('https://voorbeeld.test/jeugd/nieuwsbrieven/testeditie/foto.jpg');
    expect(urls).toContain('https://voorbeeld.test/jeugd/nieuwsbrieven/testeditie/foto-2x.jpg');
  });

  it('keeps external, mailto links and the text as they are, and drops the print-only attribute', () => {
    expect(html).toContain('href="https://extern.test/rapport"');
    expect(html).toContain('href="mailto:redactie@voorbeeld.test"');
    expect(html).toContain('Onderkop met <em>nadruk</em>');
    expect(html).toMatch(
      /srcset="https:\/\/voorbeeld\.test\/jeugd\/nieuwsbrieven\/testeditie\/foto\.jpg 1x, https:\/\/voorbeeld\.test\/jeugd\/nieuwsbrieven\/testeditie\/foto-2x\.jpg 2x"/,
    );
    expect(html).not.toContain('data-print-href');
  });
});

describe('isAbsolute', () => {
  it('tells complete addresses from paths', () => {
    expect(isAbsolute('https://a.test/')).toBe(true);
    expect(isAbsolute('mailto:a@b.test')).toBe(true);
    expect(isAbsolute('/plannen/')).toBe(false);
    expect(isAbsolute('//a.test/x')).toBe(false);
    expect(isAbsolute('#kop')).toBe(false);
    expect(isAbsolute('beeld.png')).toBe(false);
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path', () => {
    expect(absoluteUrl('https://voorbeeld.test', '/jeugd/', '/nieuwsbrieven/rss.xml')).toBe(
      'https://voorbeeld.test/jeugd/nieuwsbrieven/rss.xml',
    );
    expect(absoluteUrl('https://voorbeeld.test/', '/', '/plannen/regie')).toBe('https://voorbeeld.test/plannen/regie/');
  });
});
