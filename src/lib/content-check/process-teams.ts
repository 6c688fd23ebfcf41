import type { CheckContext } from './context.ts';
import { all, errorAt, errorAtEach, filesOf } from './involved.ts';
import { entryFinder, idField, textField } from './raw-fields.ts';
import type { ContentIssue, RawEntry } from './types.ts';

const PROCESS_TEAM = 'procesteam';

/**
 * A table's `processTeam` is the one process team of that table: a team of kind procesteam, of no
 * other table, named by no other table, and no second process team claims the table.
 */
export function checkProcessTeams({ entries }: CheckContext): ContentIssue[] {
  const find = entryFinder(entries);
  const issues: ContentIssue[] = [];
  const tablesOfTeam = new Map<RawEntry, RawEntry[]>();

  for (const table of entries.filter((entry) => entry.collection === 'tables')) {
    const id = idField(table, 'processTeam');
    const team = id === undefined ? undefined : find('teams', id);
    if (!team) continue;
    tablesOfTeam.set(team, [...(tablesOfTeam.get(team) ?? []), table]);
    const at = { entry: table, path: ['processTeam'] };
    const kind = textField(team, 'kind');
    if (kind !== undefined && kind !== PROCESS_TEAM) {
      issues.push(
        errorAt(
          at,
          `${table.file} noemt bij processTeam het team ${team.file}, maar dat is geen procesteam (kind: ${kind})`,
          `Kies bij processTeam het procesteam van deze tafel. Is ${team.file} wel het procesteam, zet daar dan kind: procesteam.`,
        ),
      );
    }
    const teamTable = idField(team, 'table');
    if (teamTable !== undefined && teamTable !== table.id) {
      issues.push(
        errorAt(
          at,
          `${table.file} noemt ${team.file} als procesteam, maar dat team hoort bij een andere tafel: "${teamTable}"`,
          `Kies bij processTeam het procesteam van deze tafel, of zet in ${team.file} bij table "${table.id}" als het team echt voor deze tafel werkt.`,
        ),
      );
    }
  }

  // A team with a table of its own is already reported above for every other table that names it.
  for (const [team, tables] of tablesOfTeam) {
    if (tables.length < 2 || idField(team, 'table') !== undefined) continue;
    issues.push(
      ...errorAtEach(
        tables.map((entry) => ({ entry, path: ['processTeam'] })),
        `${filesOf(tables)} noemen ${all(tables.length)} ${team.file} als procesteam, maar een procesteam hoort bij één tafel`,
        `Geef elke tafel haar eigen procesteam, en zet in ${team.file} bij table de tafel waar het team voor werkt.`,
      ),
    );
  }

  for (const team of entries.filter((entry) => entry.collection === 'teams')) {
    const tableId = idField(team, 'table');
    if (textField(team, 'kind') !== PROCESS_TEAM || tableId === undefined) continue;
    const table = find('tables', tableId);
    const namedId = table && idField(table, 'processTeam');
    const named = namedId === undefined ? undefined : find('teams', namedId);
    if (!table || !named || named === team) continue;
    issues.push(
      errorAt(
        { entry: team, path: ['table'] },
        `${team.file} is een procesteam van "${table.id}", maar ${table.file} noemt ${named.file} als haar procesteam`,
        `Een tafel heeft één procesteam. Zet in ${table.file} bij processTeam het juiste team, of pas in ${team.file} kind of table aan.`,
      ),
    );
  }
  return issues;
}
