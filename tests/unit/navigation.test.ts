import { describe, expect, it } from 'vitest';
import { currentSection, stripBase } from '../../src/lib/navigation.ts';

describe('navigation', () => {
  it('finds the section a page belongs to', () => {
    expect(currentSection('/plannen/regie/')?.label).toBe('Plannen');
    expect(currentSection('/mensen/kate-snellens/')?.label).toBe('Wie doet wat');
    expect(currentSection('/')).toBeUndefined();
  });

  it('strips the base path', () => {
    expect(stripBase('/jeugd/plannen/', '/jeugd/')).toBe('/plannen/');
    expect(stripBase('/plannen/', '/')).toBe('/plannen/');
  });
});
