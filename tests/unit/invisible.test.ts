import { describe, expect, it } from 'vitest';
import {
  hasInvisible,
  invisibleClass,
  invisibleName,
  showInvisible,
  withoutInvisible,
} from '../../src/lib/content-check/invisible.ts';

describe('characters that do not show', () => {
  it('are named, each as what an editor would call it', () => {
    expect(showInvisible('a\u00a0b\u200bc\u00add\ufeffe\u200ff\u2060g')).toBe(
      'a‹harde spatie›b‹onzichtbare spatie›c‹zacht afbreekstreepje›d‹onzichtbaar teken›e‹richtingsteken›f‹onzichtbaar verbindingsteken›g',
    );
    expect(invisibleName('\u202f')).toBe('harde spatie');
    expect(invisibleName(' ')).toBeUndefined();
  });

  it('are found and removed; ordinary spaces, tabs, accents and dashes are left alone', () => {
    const ordinary = 'Één regel\tmet – streepjes en ’s-Hertogenbosch';
    expect(hasInvisible(ordinary)).toBe(false);
    expect(showInvisible(ordinary)).toBe(ordinary);
    expect(hasInvisible('id\u200b')).toBe(true);
    expect(withoutInvisible('ju\u00adnis\u00a0')).toBe('junis');
  });

  it('fit inside the brackets of a regular expression', () => {
    const pattern = new RegExp(`^[${invisibleClass}]+$`, 'u');
    expect(pattern.test('\u00a0\u200b\u2069\u2028')).toBe(true);
    expect(pattern.test(' ')).toBe(false);
  });
});
