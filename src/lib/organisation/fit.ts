import { walkTree, type OrgNode } from './tree.ts';
import { countOf } from '../counts.ts';

/**
 * How many boxes of "who does what" a page may draw. Each box is a handful of elements in the
 * diagram and the list beside it, so this keeps a page near 2,000 elements whatever the content's size.
 */
export const nodeBudget = 200;

/** How many people or organisations a group may list before it becomes one box with their number. */
const largeGroup = 12;

const count = (nodes: readonly OrgNode[]) => walkTree(nodes).length;

/** A box standing for `n` entries listed elsewhere: on the page `href` goes to. */
function summaryNode(label: string, href: string | undefined, name?: string): OrgNode {
  return { kind: 'group', label, href, name, children: [] };
}

const peopleAndOrganisations = new Set(['person', 'organisation', 'party', 'vacancy']);

/** Step 1: a group of many people or organisations (such as "Andere mensen") becomes its number. */
function collapseLargeGroups(nodes: readonly OrgNode[], overviewOf: (kind: string) => string | undefined): OrgNode[] {
  return nodes.map((node) => {
    const members = node.children.filter((child) => peopleAndOrganisations.has(child.kind));
    if (node.kind === 'group' && members.length > largeGroup && members.length === node.children.length) {
      const kind = members.every((m) => m.kind === 'organisation') ? 'organisation' : 'person';
      return summaryNode(`${node.label}: ${members.length}`, overviewOf(kind));
    }
    return { ...node, children: collapseLargeGroups(node.children, overviewOf) };
  });
}

/** Step 2: a team's members become "N leden", linking to the team's page, which lists them. */
function collapseMembers(nodes: readonly OrgNode[]): OrgNode[] {
  return nodes.map((node) => {
    if (node.kind === 'team' && node.children.length > 0) {
      const label = countOf(node.children.length, 'lid', 'leden');
      return { ...node, children: [summaryNode(label, node.href, `${label} van ${node.label}`)] };
    }
    return { ...node, children: collapseMembers(node.children) };
  });
}

const counted = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);

/** What a plan holds, in words: "2 projecten en 1 team". */
function contentsLabel(children: readonly OrgNode[]): string {
  const parts = [
    ...counted(children.filter((c) => c.kind === 'plan').length, 'project', 'projecten'),
    ...counted(children.filter((c) => c.kind === 'team').length, 'team', 'teams'),
    ...counted(children.filter((c) => c.kind === 'group').length, 'groep betrokkenen', 'groepen betrokkenen'),
  ];
  if (parts.length === 0) return `${children.length} onderdelen`;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** Step 3: a plan's projects, teams and people become one box, linking to the plan's page. */
function collapsePlans(nodes: readonly OrgNode[]): OrgNode[] {
  return nodes.map((node) => {
    if (node.kind === 'plan' && node.children.length > 0) {
      const label = contentsLabel(node.children);
      return { ...node, children: [summaryNode(label, node.href, `${label} van ${node.label}`)] };
    }
    return { ...node, children: collapsePlans(node.children) };
  });
}

/**
 * The tree as detailed as the budget allows: everything, else with large groups as numbers, else
 * also with teams' members as numbers, else also with plans' contents as numbers. Each step only
 * summarises what a linked page lists in full, so nothing becomes unreachable.
 */
export function fitTree(
  nodes: readonly OrgNode[],
  budget = nodeBudget,
  overviewOf: (kind: string) => string | undefined = () => undefined,
): OrgNode[] {
  const steps = [(n: readonly OrgNode[]) => collapseLargeGroups(n, overviewOf), collapseMembers, collapsePlans];
  let fitted = [...nodes];
  for (const step of steps) {
    if (count(fitted) <= budget) return fitted;
    fitted = step(fitted);
  }
  return fitted;
}

/** Whether every section fits on one page as it is, or each needs a page of its own. */
export function fitsOnOnePage(roots: readonly OrgNode[], budget = nodeBudget): boolean {
  return count(roots) <= budget;
}

/** The address segment of a section's own page: its table's id, or a name for the part outside the tables. */
export function sectionSlug(root: OrgNode): string {
  return root.ref?.id ?? 'buiten-de-ontwikkeltafels';
}
