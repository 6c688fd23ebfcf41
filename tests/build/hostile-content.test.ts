import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fixtureBuilds } from '../support/builds';
import { eventHandlerAttributes, htmlFiles, load } from '../support/dist';

/**
 * The hostile-content fixture puts `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`
 * in titles, summaries, names, roles and other fields. The built pages must show them as text.
 */
const { dir } = fixtureBuilds.hostile;
const script = '<script>alert(1)</script>';
const img = '<img src=x onerror=alert(1)>';

/** Elements and attributes a payload would create if it were parsed as HTML instead of shown as text. */
function injected($: cheerio.CheerioAPI): string[] {
  const found: string[] = [];
  $('script:not([src])').each((_, el) => void found.push(`<script>${$(el).text()}`));
  $('img').each((_, el) => void found.push(`<img src="${$(el).attr('src')}">`));
  found.push(...eventHandlerAttributes($));
  return found;
}

describe('hostile content in fields (fixture build)', () => {
  const files = htmlFiles(dir);

  it('builds a page for every fixture entry', () => {
    for (const page of ['nieuwsbrieven/nieuwsbrief-test/', 'mensen/persoon-test/', 'plannen/plan-test/', 'teams/team-test/', 'organisaties/organisatie-test/', 'begrippen/begrip-test/', 'ontwikkeltafels/tafel-test/', 'praktijkvoorbeelden/voorbeeld-test/', 'bronnen/bron-test/', 'ondersteuningsniveaus/niveau-test/']) {
      expect(files, page).toContain(`${page}index.html`);
    }
  });

  it('never turns a field into an element or an event handler, on any page', () => {
    const problems = files.flatMap((file) => injected(load(dir, file)).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('shows the payloads as literal text where the fields appear', () => {
    const $ = load(dir, 'nieuwsbrieven/nieuwsbrief-test/index.html');
    expect($('h1').text()).toBe(`Nieuwsbrief ${script} ${img}`);
    expect($('title').text()).toContain(script);
    expect($('meta[name="description"]').attr('content')).toContain(script);
    expect($('main').text()).toContain(`Samenvatting van de nieuwsbrief ${script} en ${img}`);

    const $person = load(dir, 'mensen/persoon-test/index.html');
    expect($person('h1').text()).toBe(`Persoon ${img}`);
    expect($person('main').text()).toContain(`Functie ${script}`);

    // Relations carry the text along: the team page lists the person and the organisation by name.
    const $team = load(dir, 'teams/team-test/index.html');
    expect($team('main').text()).toContain(`Persoon ${img}`);
    expect($team('main').text()).toContain(`Organisatie ${script}`);
  });

  it('escapes the payloads in the HTML source, so no parser can mistake them for markup', () => {
    const html = fs.readFileSync(path.join(dir, 'nieuwsbrieven/nieuwsbrief-test/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toContain(script);
    expect(body).not.toContain(img);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
