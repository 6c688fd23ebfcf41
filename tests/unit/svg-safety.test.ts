import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../src/lib/svg-safety.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const clean = { unreadable: false, active: [], external: [] };

/** An Illustrator export: its namespaces come from entities of its own DOCTYPE. */
const illustrator = (body: string, entity = '') => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
	<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">
	<!ENTITY ns_svg "http://www.w3.org/2000/svg">
	<!ENTITY ns_xlink "http://www.w3.org/1999/xlink">${entity}
]>
<svg version="1.1" xmlns:x="&ns_extend;" xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;" width="10" height="10">${body}</svg>`;

describe('svgProblems: what in an SVG runs or loads when it is opened', () => {
  it('finds nothing in drawings as programs save them', () => {
    expect(svgProblems(fs.readFileSync(path.join(root, 'public/favicon.svg'), 'utf8'))).toEqual(clean);
    expect(svgProblems(illustrator('<rect width="10" height="10" fill="#0b5394"/>'))).toEqual(clean);
    // Inkscape's own elements and attributes, a link to a website (followed only when clicked), a
    // drawing used twice within the file, and a style without addresses.
    expect(
      svgProblems(
        `<svg ${SVG} xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="logo.svg">` +
          '<sodipodi:namedview id="base"/><defs><circle id="c" r="2"/></defs><use xlink:href="#c"/>' +
          '<a href="https://www.ontwikkeltafelsjeugd.nl/"><text>Site</text></a>' +
          '<style>.a { fill: url(#verloop); font-family: sans-serif }</style><rect style="fill:url(#verloop)"/></svg>',
      ),
    ).toEqual(clean);
  });

  it('finds scripts, in any namespace prefix, and embedded documents', () => {
    expect(svgProblems(`<svg ${SVG}><script>alert(1)</script></svg>`).active).toEqual(['<script>']);
    expect(svgProblems('<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script href="x.js"/></s:svg>').active).toEqual([
      '<script>',
    ]);
    expect(
      svgProblems(
        `<svg ${SVG}><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="/"/></foreignObject></svg>`,
      ).active,
    ).toEqual(['<foreignObject>', '<iframe>']);
  });

  it('finds event attributes and links that run code, however their scheme is written', () => {
    expect(svgProblems(`<svg ${SVG} onload="alert(1)"><rect onClick="x()"/></svg>`).active).toEqual([
      'onload="…"',
      'onClick="…"',
    ]);
    // A character reference and a tab inside the scheme: the browser reads "javascript:" all the same.
    expect(
      svgProblems(`<svg ${SVG}><a xlink:href="&#106;ava&#x09;script:alert(1)"><text>x</text></a></svg>`).active,
    ).toEqual(['xlink:href="javascript:…"']);
    // An animation that sets a link to code.
    expect(
      svgProblems(`<svg ${SVG}><a><set attributeName="href" to=" JavaScript:alert(1)"/></a></svg>`).active,
    ).toEqual(['to="javascript:…"']);
  });

  it('finds code that the DOCTYPE hides in an entity, as a browser would expand it', () => {
    expect(svgProblems(illustrator('&x;', '\n\t<!ENTITY x "<script>alert(1)</script>">')).active).toEqual(['<script>']);
    // Entities that never end, and entities that grow a few bytes into megabytes ("billion laughs").
    expect(
      svgProblems(`<!DOCTYPE svg [<!ENTITY a "&b;&b;"><!ENTITY b "&a;&a;">]><svg ${SVG}>&a;</svg>`).unreadable,
    ).toBe(true);
    const levels = Array.from({ length: 6 }, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`);
    expect(
      svgProblems(`<!DOCTYPE svg [<!ENTITY l0 "lol">${levels.join('')}]><svg ${SVG}><text>&l6;</text></svg>`)
        .unreadable,
    ).toBe(true);
  });

  it('finds what it loads from other websites: images, uses, style sheets and fonts', () => {
    expect(
      svgProblems(
        '<?xml-stylesheet href="https://example.org/stijl.css"?>' +
          `<svg ${SVG}><image href="https://example.org/foto.jpg"/><use xlink:href="//example.org/sprite.svg#a"/>` +
          '<style>@import "https://fonts.example.org/css";</style><rect style="fill: url(\'http://example.org/p.svg#v\')"/></svg>',
      ).external,
    ).toEqual([
      'https://example.org/stijl.css',
      'https://example.org/foto.jpg',
      '//example.org/sprite.svg#a',
      'https://fonts.example.org/css',
      'http://example.org/p.svg#v',
    ]);
  });

  it('calls a file unreadable when no browser could show it', () => {
    expect(svgProblems(`<svg ${SVG}><rect></svg>`).unreadable).toBe(true);
    expect(svgProblems('<!doctype html><html><body>Niet gevonden</body></html>').unreadable).toBe(true);
    expect(svgProblems('').unreadable).toBe(true);
    expect(svgProblems(`<html xmlns="http://www.w3.org/1999/xhtml"><svg ${SVG}/></html>`).unreadable).toBe(true);
  });
});
