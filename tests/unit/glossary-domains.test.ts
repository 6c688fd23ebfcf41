import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { domainPath, glossaryByDomain, type GlossaryDomain } from '../../src/lib/glossary/domains.ts';
import { loadGlossaryTerms } from '../../src/lib/glossary/load.ts';
import { fixture } from '../support/entries.ts';

const term = (id: string, name: string, domain: GlossaryDomain) => fixture('glossary', id, { term: name, domain });

describe('glossaryByDomain', () => {
  it('groups terms per domain in the order of the vocabulary, A–Z within, and leaves out empty domains', () => {
    const groups = glossaryByDomain([
      term('vo', 'VO', 'onderwijs'),
      term('gi', 'GI', 'recht'),
      term('ikc', 'IKC', 'onderwijs'),
    ]);
    expect(groups.map((g) => [g.domain, g.label, g.entries.map((e) => e.id)])).toEqual([
      ['onderwijs', 'Onderwijs', ['ikc', 'vo']],
      ['recht', 'Recht en veiligheid', ['gi']],
    ]);
    expect(domainPath('recht')).toBe('/begrippen/vakgebied/recht/');
  });
});

describe('loadGlossaryTerms', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the terms from the YAML files and skips an entry that fails its schema', () => {
    const glossary = path.join(dir, 'content', 'glossary');
    fs.mkdirSync(glossary, { recursive: true });
    fs.writeFileSync(
      path.join(glossary, 'abc.yaml'),
      'term: "ABC"\nfullForm: "een bedachte afkorting"\nexplanation: "Een verzonnen begrip, alleen voor deze test."\ndomain: "zorg"\nvariants:\n  - "abc"\nsources:\n  - "bron"\n',
    );
    fs.writeFileSync(path.join(glossary, 'kapot.yaml'), 'term: "KP"\n');
    expect(loadGlossaryTerms(path.join(dir, 'content'))).toEqual([
      { id: 'abc', term: 'ABC', fullForm: 'een bedachte afkorting', variants: ['abc'] },
    ]);
  });
});
