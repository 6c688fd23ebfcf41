import type { CheckContext } from './context.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/** Two files of one collection with the same id (such as `regie.md` and `regie.mdx`) would share one page. */
export function checkDuplicateIds({ entries }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, entry);
      continue;
    }
    issues.push({
      severity: 'error',
      file: entry.file,
      message: `het id "${entry.id}" bestaat al (${other.file}); twee bestanden kunnen niet hetzelfde id hebben`,
      hint: 'Geef een van de twee bestanden een andere naam, of voeg ze samen.',
    });
  }
  return issues;
}
