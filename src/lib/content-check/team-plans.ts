import type { CheckContext } from './context.ts';
import { errorAt, type Involved } from './involved.ts';
import { entryFinder, idField, idListField } from './raw-fields.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/**
 * A team and the plan it works for (the team's `plan`, or the plan's `teams`) belong to one table.
 * Each pair is reported once, at the team's `plan` when it says so, otherwise in the plan's list.
 */
export function checkTeamPlans({ entries }: CheckContext): ContentIssue[] {
  const find = entryFinder(entries);
  const pairs = new Map<string, { team: RawEntry; plan: RawEntry; at: Involved }>();
  const link = (team: RawEntry | undefined, plan: RawEntry | undefined, at: Involved) => {
    if (!team || !plan) return;
    const key = `${team.file}\n${plan.file}`;
    if (!pairs.has(key)) pairs.set(key, { team, plan, at });
  };
  for (const team of entries.filter((entry) => entry.collection === 'teams')) {
    const plan = idField(team, 'plan');
    if (plan) link(team, find('plans', plan), { entry: team, path: ['plan'] });
  }
  for (const plan of entries.filter((entry) => entry.collection === 'plans')) {
    for (const { id, index } of idListField(plan, 'teams'))
      link(find('teams', id), plan, { entry: plan, path: ['teams', index] });
  }
  const issues: ContentIssue[] = [];
  for (const { team, plan, at } of pairs.values()) {
    const teamTable = idField(team, 'table');
    const planTable = idField(plan, 'table');
    if (!teamTable || !planTable || teamTable === planTable) continue;
    issues.push(
      errorAt(
        at,
        `${team.file} werkt voor het plan ${plan.file}, maar ze horen bij verschillende tafels: het team bij "${teamTable}", het plan bij "${planTable}"`,
        `Een team hoort bij dezelfde tafel als het plan waar het voor werkt. Maak table in beide bestanden gelijk, of koppel het team aan een plan van "${teamTable}".`,
      ),
    );
  }
  return issues;
}
