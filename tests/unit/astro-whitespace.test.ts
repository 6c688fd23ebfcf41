import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';

/**
 * Astro's compiler drops the line break between a line of text and an inline element or an
 * expression that starts the next line: "op de pagina⏎<a …>Bronnen</a>" is built as
 * "op de pagina<a …>Bronnen</a>", one word to a screen reader ("paginaBronnen"), and
 * "kleuren⏎{schemes}" as "kleurenlicht". Such a line must end in {' '}, or the two go on one line.
 */
const inlineStart = /^(\{|<(a|abbr|b|cite|code|dfn|em|i|kbd|mark|q|small|span|strong|time)\b)/;

/** Lines of template text in an .astro file that end in a word or a punctuation mark and lose their space. */
function gluedLines(source: string): number[] {
  const lines = source.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') start = lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1;
  const glued: number[] = [];
  let inRaw = false;
  for (let i = start; i < lines.length - 1; i++) {
    const line = lines[i]!.trimEnd();
    if (/<(script|style)\b/.test(line)) inRaw = true;
    if (/<\/(script|style)>/.test(line)) inRaw = false;
    if (inRaw) continue;
    // Text ends in a letter or a punctuation mark; code in an expression ends in a quote, bracket or brace.
    if (!/[\p{L}\p{N}.,:;!?)]$/u.test(line) || /[}\]'"`],?$/.test(line)) continue;
    if (inlineStart.test(lines[i + 1]!.trimStart())) glued.push(i + 1);
  }
  return glued;
}

function astroFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && entry.name.endsWith('.astro') ? [path.join(entry.parentPath, entry.name)] : [],
    );
}

describe('spaces between text and what follows on the next line', () => {
  it('finds a line that would lose its space, and none that keeps it', () => {
    expect(gluedLines('<p>\n  ziet u op de pagina\n  <a href="/bronnen/">Bronnen</a>.\n</p>')).toEqual([2]);
    expect(gluedLines('<p>\n  getest in de kleuren\n  {schemes}, en\n</p>')).toEqual([2]);
    expect(gluedLines('<p>\n  ziet u op de pagina{\' \'}\n  <a href="/bronnen/">Bronnen</a>.\n</p>')).toEqual([]);
    expect(gluedLines("---\nconst a = 'x'\n---\n<Nav items={[\n  { label: 'A' },\n  { label: 'B' },\n]} />")).toEqual(
      [],
    );
  });

  it('no page or component of the site loses a space between text and a link or value', () => {
    const glued = astroFiles(path.join(root, 'src')).flatMap((file) =>
      gluedLines(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(root, file)}:${line}`),
    );
    expect(glued).toEqual([]);
  });
});
