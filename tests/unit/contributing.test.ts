import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { collectionNames, registry } from '../../src/schemas/index.ts';
import { fieldReferenceFile } from '../../src/lib/field-reference.ts';
import { root } from '../support/builds.ts';

const guide = fs.readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('links to the generated field reference', () => {
    expect(guide).toContain(`](${fieldReferenceFile})`);
  });

  it('has every heading its table of contents links to', () => {
    const slugger = new GithubSlugger();
    const anchors = new Set([...guide.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('names the folder, the file type and the npm run new name of every collection', () => {
    for (const collection of collectionNames) {
      const row = guide.split('\n').find((line) => line.includes(`\`content/${collection}/\``) && line.startsWith('|'));
      expect(row, collection).toBeDefined();
      expect(row).toContain(`\`.${registry[collection].formats[0]}\``);
      expect(row).toContain(`npm run new -- ${registry[collection].route} `);
    }
  });

  it('quotes the npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as object);
    const quoted = [...guide.matchAll(/npm run ([a-z0-9:-]+)/g)].map((m) => m[1]!);
    expect(quoted.filter((script) => !scripts.includes(script))).toEqual([]);
  });
});
