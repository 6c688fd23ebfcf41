import { describe, expect, it } from 'vitest';
import { currentSection, sectionAbove, stripBase, trailTo } from '../../src/lib/navigation.ts';

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

  it('gives an entry page the trail to its overview, named as the menu names it', () => {
    expect(trailTo('plans')).toEqual([{ label: 'Plannen', path: '/plannen/' }]);
    expect(trailTo('people')).toEqual([
      { label: 'Wie doet wat', path: '/wie-doet-wat/' },
      { label: 'Mensen', path: '/mensen/' },
    ]);
    expect(trailTo('teams')).toEqual([{ label: 'Wie doet wat', path: '/wie-doet-wat/' }]);
    expect(trailTo('sources')).toEqual([{ label: 'Bronnen', path: '/bronnen/' }]);
  });

  it('strips the base path', () => {
    expect(stripBase('/jeugd/plannen/', '/jeugd/')).toBe('/plannen/');
    expect(stripBase('/plannen/', '/')).toBe('/plannen/');
  });
});
