import type { CheckContext } from './context.ts';
import { errorAt, errorAtEach, filesOf } from './involved.ts';
import { entryFinder, idField } from './raw-fields.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/** The plans whose parents lead back to themselves, each loop once, starting at its first file. */
function loops(plans: readonly RawEntry[], parentOf: (plan: RawEntry) => RawEntry | undefined): RawEntry[][] {
  const done = new Set<RawEntry>();
  const found: RawEntry[][] = [];
  for (const start of plans) {
    const path: RawEntry[] = [];
    const onPath = new Set<RawEntry>();
    let current: RawEntry | undefined = start;
    while (current && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = parentOf(current);
    }
    if (current && onPath.has(current)) {
      const loop = path.slice(path.indexOf(current));
      const first = loop.reduce((a, b) => (b.file < a.file ? b : a));
      found.push([...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first))]);
    }
    for (const plan of path) done.add(plan);
  }
  return found;
}

function loopIssues(loop: RawEntry[]): ContentIssue[] {
  const places = loop.map((entry) => ({ entry, path: ['parent'] }));
  if (loop.length === 1) {
    return errorAtEach(
      places,
      `${loop[0]!.file} verwijst met parent naar zichzelf: een plan kan niet onder zichzelf vallen`,
      'Haal parent weg, of schrijf bij parent het id van het thema of plan waar dit plan onder valt.',
    );
  }
  const chain = [...loop, loop[0]!].map((entry) => entry.id).join(' → ');
  return errorAtEach(
    places,
    `${filesOf(loop)} verwijzen met parent in een kring naar elkaar (${chain}): zo valt elk van deze plannen onder zichzelf`,
    'Kies welk plan bovenaan staat en haal daar parent weg, of laat parent bij één van hen wijzen naar een plan buiten de kring.',
  );
}

/**
 * The hierarchy of plans (parent): it may not loop, since a plan cannot fall under itself and the
 * site would have no top to show; and a plan falls under a plan of its own table.
 */
export function checkPlanHierarchy({ entries }: CheckContext): ContentIssue[] {
  const find = entryFinder(entries);
  const plans = entries.filter((entry) => entry.collection === 'plans');
  const parentOf = (plan: RawEntry) => {
    const id = idField(plan, 'parent');
    return id === undefined ? undefined : find('plans', id);
  };
  const issues = loops(plans, parentOf).flatMap(loopIssues);
  for (const plan of plans) {
    const parent = parentOf(plan);
    const table = idField(plan, 'table');
    const parentTable = parent && idField(parent, 'table');
    if (!parent || parent === plan || !table || !parentTable || table === parentTable) continue;
    issues.push(
      errorAt(
        { entry: plan, path: ['parent'] },
        `${plan.file} valt met parent onder ${parent.file}, maar ze horen bij verschillende tafels: "${table}" en "${parentTable}"`,
        `Een plan hoort bij dezelfde tafel als het plan waar het onder valt. Maak table in beide bestanden gelijk, of kies bij parent een plan van "${table}".`,
      ),
    );
  }
  return issues;
}
