import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/schema/plain-schemas.ts';
import { fieldsOf } from '../../src/lib/schema/walk.ts';
import { fieldReference, fieldReferenceFile } from '../../src/lib/field-reference.ts';
import { describeKind } from '../../src/lib/schema/kind-text.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { fieldLabels } from '../../src/schemas/labels.ts';
import { root } from '../support/builds.ts';

const reference = fieldReference();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the field reference for editors', () => {
  it(`${fieldReferenceFile} is what the schemas say now (if not: run npm run docs:fields and commit the result)`, () => {
    expect(fs.readFileSync(path.join(root, fieldReferenceFile), 'utf8')).toBe(reference);
  });

  it('has a section for every collection, and a row with the description for every field', () => {
    for (const collection of collectionNames) {
      expect(reference).toContain(`(\`content/${collection}/\`)`);
      for (const field of fieldsOf(plainSchemas[collection] as z.ZodType)) {
        // The name in the file, then the label the editor in the browser shows.
        const label = escapeRegExp(fieldLabels[field.name] ?? '');
        expect(reference, `${collection}.${field.name}`).toMatch(
          new RegExp(`\\| \`${field.name}\` \\| ${label} \\| (ja|nee) \\|`),
        );
        expect(reference).toContain(field.description!.replace(/\s+/g, ' '));
      }
    }
  });

  it('lists the fields of groups and of the items of a list', () => {
    expect(reference).toContain('| `ageRange.fromMonths` | Vanaf (maanden) | ja, als `ageRange` er is |');
    expect(reference).toContain('| `members[].person` | Persoon | nee |');
    expect(reference).toContain('een lid heeft precies één van person, organisation, party of vacancy');
    expect(reference).toContain('| `mentions.people` | Personen | nee |');
    expect(reference).toContain('Nieuw bestand: `npm run new -- mensen "Naam"`');
  });

  it('says what goes in a field in plain words', () => {
    expect(describeKind({ type: 'reference', collection: 'people' }).label).toBe(
      'id van een persoon (`content/people/`)',
    );
    expect(describeKind({ type: 'date' }).label).toBe('datum (JJJJ-MM-DD)');
    expect(describeKind({ type: 'choice', values: ['a', 'b'] }).label).toBe('een van: `a`, `b`');
    expect(describeKind({ type: 'list', min: 1, item: { type: 'reference', collection: 'sources' } }).label).toBe(
      'lijst (minstens 1), per regel: id van een bron (`content/sources/`)',
    );
    expect(describeKind({ type: 'number', integer: true, min: 1, max: 9 }).label).toBe('heel getal (1 t/m 9)');
  });

  it('links to every section with the anchor GitHub gives its heading', () => {
    const anchors = [...reference.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(collectionNames.length);
    expect(anchors).toContain('ontwikkeltafels-contenttables');
    expect(anchors).toContain('ondersteuningsniveaus-contentsupportlevels');
  });
});
