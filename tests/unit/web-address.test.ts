import { describe, expect, it } from 'vitest';
import { isWebAddressWithPath, isWebAddressWithoutScheme } from '../../src/lib/links/web-address.ts';

describe('web addresses written as text', () => {
  it('without https://: a www. address or a domain with a known ending, not a file name', () => {
    for (const address of ['www.almelo.nl', 'hengelo.nl/jeugd', 'sub.voorbeeld.org?x=1', 'WWW.A.NL'])
      expect(isWebAddressWithoutScheme(address), address).toBe(true);
    for (const other of ['verslag.pdf', 'regie.md', 'mensen/jan-test', '/plannen/regie/', 'info@junis.nl', 'www'])
      expect(isWebAddressWithoutScheme(other), other).toBe(false);
  });

  it('with a path after the domain, with or without https://; a domain alone is no such address', () => {
    for (const address of ['https://www.almelo.nl/jeugd', 'http://a.test/b/c', 'www.almelo.nl/jeugd/zorg'])
      expect(isWebAddressWithPath(address), address).toBe(true);
    for (const other of [
      'https://www.almelo.nl',
      'https://www.almelo.nl/',
      'www.almelo.nl',
      'verslag.pdf/x',
      'het plan',
    ])
      expect(isWebAddressWithPath(other), other).toBe(false);
  });
});
