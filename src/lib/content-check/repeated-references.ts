import { idPattern, registry } from '../../schemas/index.ts';
import type { CheckContext } from './context.ts';
import { errorAt } from './involved.ts';
import type { ContentIssue } from './types.ts';
import { dottedPath } from './words.ts';

/**
 * An entry named twice in one list (`sources`, a plan's `people`, a newsletter's `mentions.plans`, …)
 * shows twice on the page; a person twice among a team's members holds two seats, which cannot be.
 * An organisation may hold several seats on a team (it sends several people), so it may repeat there.
 */
export function checkRepeatedReferences({ entries, referencesOf }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    const seen = new Map<string, (string | number)[]>();
    for (const { path, collection, value } of referencesOf(entry)) {
      const inList = typeof path.at(-1) === 'number';
      const isSeat = entry.collection === 'teams' && path[0] === 'members' && path[2] === 'person';
      if ((!inList && !isSeat) || typeof value !== 'string' || !idPattern.test(value)) continue;
      // The list the reference is in: members.3.person and members.0.person are one list.
      const list = isSeat ? 'members' : dottedPath(path.slice(0, -1));
      const key = `${list}\n${value}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, path);
        continue;
      }
      const line = entry.lineOf(first);
      const noun = registry[collection].noun.one;
      issues.push(
        errorAt(
          { entry, path },
          isSeat
            ? `de persoon "${value}" staat al in dit team${line ? ` (regel ${line})` : ''}: een persoon heeft één plek in een team`
            : `${noun} "${value}" staat twee keer in ${list}${line ? ` (ook op regel ${line})` : ''}`,
          isSeat
            ? 'Zet de persoon één keer bij members. Heeft ze twee rollen, schrijf die dan samen bij role, bijvoorbeeld "voorzitter en projectleider".'
            : 'Haal een van de twee weg.',
        ),
      );
    }
  }
  return issues;
}
