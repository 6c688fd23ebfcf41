import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/integrations/site-address.ts';

type ConfigDone = (options: { config: { site?: string } }) => void;
type BuildStart = (options: { logger: { warn: (message: string) => void } }) => void;

/** The warnings a build with this site address logs when it starts. */
function warningsFor(site: string | undefined): string[] {
  const integration = siteAddress();
  const warnings: string[] = [];
  (integration.hooks['astro:config:done'] as unknown as ConfigDone)({ config: { site } });
  (integration.hooks['astro:build:start'] as unknown as BuildStart)({ logger: { warn: (m) => warnings.push(m) } });
  return warnings;
}

describe('a build whose address is still the local one', () => {
  it('warns, in Dutch, naming the address and SITE_URL', () => {
    expect(warningsFor('http://localhost:4321')).toEqual([
      expect.stringMatching(
        /^Deze build heeft als adres http:\/\/localhost:4321: de feeds, .* Zet voor de echte site SITE_URL/,
      ),
    ]);
    expect(warningsFor('http://127.0.0.1:8080/')).toHaveLength(1);
  });

  it('says nothing for a real address', () => {
    expect(warningsFor('https://www.example.org')).toEqual([]);
  });
});
