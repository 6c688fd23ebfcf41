import { describe, expect, it } from 'vitest';
import { currentSection, sectionAbove, stripBase } from '../../src/lib/navigation.ts';

describe('navigation', () => {
  it('finds the section a page belongs to', () => {
    expect(currentSection('/plannen/regie/')?.label).toBe('Plannen');
    expect(currentSection('/mensen/kate-snellens/')?.label).toBe('Wie doet wat');
    expect(currentSection('/')).toBeUndefined();
  });

  it('puts the overviews that the menu files under another section below it in the breadcrumbs', () => {
    expect(sectionAbove('/mensen/')).toEqual({ label: 'Wie doet wat', path: '/wie-doet-wat/' });
    expect(sectionAbove('/organisaties/')?.label).toBe('Wie doet wat');
    expect(sectionAbove('/wie-doet-wat/')).toBeUndefined();
    expect(sectionAbove('/plannen/')).toBeUndefined();
    expect(sectionAbove('/bronnen/')).toBeUndefined();
  });

  it('strips the base path', () => {
    expect(stripBase('/jeugd/plannen/', '/jeugd/')).toBe('/plannen/');
    expect(stripBase('/plannen/', '/')).toBe('/plannen/');
  });
});
