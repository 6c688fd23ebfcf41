import { idPattern, registry, type CollectionName } from '../../schemas/index.ts';
import { closest } from './suggest.ts';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { dottedPath } from './words.ts';

/** A reference to an entry that does not exist: Astro only warns, and the page would lose the link. */
export function checkReferences({ entries, referencesOf, unreadable }: CheckContext): ContentIssue[] {
  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of [...entries, ...unreadable]) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { path, collection, value } of referencesOf(entry)) {
      // A value that is no id at all is left to the schema check, which says what an id looks like.
      if (typeof value !== 'string' || !idPattern.test(value)) continue;
      const id = value;
      const targets = ids.get(collection) ?? new Set<string>();
      if (targets.has(id)) continue;
      const suggestion = closest(id, targets);
      issues.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: `verwijst naar "${id}", maar er is geen ${registry[collection].noun.one} met die naam`,
        hint: `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf de naam van een bestand in content/${collection}/ zonder extensie, of maak dat bestand eerst aan.`,
      });
    }
  }
  return issues;
}
