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
      // The id of an entry of another kind (an organisation where a person belongs): creating a file
      // with that name, as the usual hint says, would be the wrong fix.
      const elsewhere = [...ids].find(([other, known]) => other !== collection && known.has(id))?.[0];
      const kind = registry[collection].noun.one;
      issues.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(path),
        field: dottedPath(path),
        message: elsewhere
          ? `verwijst naar "${id}", maar dat is een ${registry[elsewhere].noun.one}, en hier hoort een ${kind}`
          : `verwijst naar "${id}", maar er is geen ${kind} met die naam`,
        hint: elsewhere
          ? `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf hier de naam van een bestand in content/${collection}/ zonder extensie. Hoort "${id}" bij de pagina, zet het dan in een veld voor een ${registry[elsewhere].noun.one}.`
          : `${suggestion ? `Bedoelt u "${suggestion}"? ` : ''}Schrijf de naam van een bestand in content/${collection}/ zonder extensie, of maak dat bestand eerst aan.`,
      });
    }
  }
  return issues;
}
