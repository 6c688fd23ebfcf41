import { describe, expect, it } from 'vitest';
import { htmlToPlainText, plainTextWidth } from '../../src/lib/newsletter/plain-text.ts';
import { fitImagesToColumn, imagesWithoutAlt } from '../../src/lib/newsletter/images.ts';

describe('htmlToPlainText', () => {
  it('puts headings on their own lines, underlined, in their own case', () => {
    const text = htmlToPlainText(
      '<p>Intro</p><h2>Wie doet wat?</h2><p>Tekst</p><h3>Ontwikkeltafel 1</h3><h4>Thema 1: Regie</h4><p>Meer</p>',
    );
    expect(text).toContain('Wie doet wat?\n=============\n');
    expect(text).toContain('Ontwikkeltafel 1\n----------------\n');
    expect(text).toContain('\nThema 1: Regie\n~~~~~~~~~~~~~~\n');
    expect(text).not.toContain('THEMA');
  });

  it('keeps the address of a link in a heading, after its text', () => {
    expect(htmlToPlainText('<h2><a href="https://a.test/plannen/regie/">Thema Regie</a></h2><p>Tekst</p>')).toContain(
      'Thema Regie <https://a.test/plannen/regie/>\n===========\n',
    );
    expect(htmlToPlainText('<h3><a href="https://a.test/">https://a.test/</a></h3>')).toContain('https://a.test/\n---');
  });

  it('writes links out in angle brackets, once when the text is the address', () => {
    expect(htmlToPlainText('<p><a href="https://a.test/x/">Het plan</a></p>')).toBe('Het plan <https://a.test/x/>');
    expect(htmlToPlainText('<p><a href="https://a.test/">https://a.test/</a></p>')).toBe('https://a.test/');
    expect(htmlToPlainText('<p><a href="mailto:a@b.test">a@b.test</a></p>')).toBe('a@b.test');
  });

  it('keeps lists and tables readable, and images as their alt text', () => {
    const text = htmlToPlainText(
      '<ul><li>een</li><li>twee</li></ul><table><tr><th>Kolom</th></tr><tr><td>waarde</td></tr></table><p><img src="https://a.test/b.png" alt="Foto"></p>',
    );
    expect(text).toContain('- een\n - twee');
    expect(text).toContain('Kolom: waarde');
    expect(text).toContain('[Foto]');
  });

  it('writes a table row by row, each cell after its heading, so no line runs past the width', () => {
    const sentence = 'Een lange zin over wat de gemeente doet met de scholen en de kinderopvang in de wijk';
    const text = htmlToPlainText(
      `<div class="table-scroll"><table><thead><tr><th>Gemeente</th><th>Wat er gebeurt</th><th>Wie</th><th>Wanneer</th></tr></thead><tbody>` +
        `<tr><td>Almelo</td><td>${sentence}, met <a href="https://a.test/x">een link</a>.</td><td>Jan</td><td>2019</td></tr>` +
        `<tr><td>Hengelo</td><td>${sentence}.</td><td></td><td>2020</td></tr></tbody></table></div>`,
    );
    expect(text.split('\n').every((line) => line.length <= plainTextWidth)).toBe(true);
    expect(text).toMatch(/^Gemeente: Almelo\nWat er gebeurt: Een lange zin/);
    expect(text).toContain('een link <https://a.test/x>.\nWie: Jan\nWanneer: 2019\n\nGemeente: Hengelo\n');
    // An empty cell gets no line.
    expect(text).toMatch(/Gemeente: Hengelo\n[\s\S]*\nWanneer: 2020$/);
    expect(text).not.toContain('Wie: \n');
  });
});

describe('images in an e-mail', () => {
  it('finds images without alt text, or with an empty one', () => {
    expect(
      imagesWithoutAlt(
        '<img src="a.png" alt="Een foto"><img src="b.png" alt=""><img src="c.png"><img src="d.png" alt="  ">',
      ),
    ).toEqual(['b.png', 'c.png', 'd.png']);
  });

  it('gives images without a known width the column width, as Outlook needs the attribute', () => {
    const html = fitImagesToColumn('<img src="https://a.test/b.png" alt="B" loading="lazy">', 552);
    expect(html).toContain('width="552"');
    expect(html).toContain('max-width:552px');
    expect(html).not.toContain('loading');
    expect(html).not.toContain('height=');
  });
});
