import { buildBacklinks, entryTitle, refKey, sortByTitle, type AnyEntry, type Backlink, type Ref } from './entries';
import type { CollectionName } from '../schemas';

/** One seat on a team, as the team's members list holds it. */
export interface Membership<E extends AnyEntry = AnyEntry> {
  team: E;
  role?: string;
}

/**
 * The relations between all entries, both ways. Built once per build from every collection; pages
 * ask it who is on a team, which teams a person is on, which plans belong to a table, and so on.
 */
export class Relations<E extends AnyEntry = AnyEntry> {
  private readonly byKey = new Map<string, E>();
  private readonly backlinks: Map<string, Backlink<E>[]>;

  constructor(entries: readonly E[]) {
    for (const entry of entries) this.byKey.set(refKey(entry), entry);
    this.backlinks = buildBacklinks(entries);
  }

  get(ref: Ref | undefined): E | undefined {
    return ref ? this.byKey.get(refKey(ref)) : undefined;
  }

  /** Resolves references that the content check has already proven to exist. */
  resolve(refs: readonly Ref[] | undefined): E[] {
    return (refs ?? []).map((ref) => {
      const entry = this.get(ref);
      if (!entry) throw new Error(`Unresolved reference ${refKey(ref)}: the content check should have caught this`);
      return entry;
    });
  }

  /** Entries of `collection` that refer to `target`, optionally only through the field `field`. */
  referrers(target: Ref, collection: CollectionName, field?: string): E[] {
    const seen = new Set<string>();
    const result: E[] = [];
    for (const link of this.backlinks.get(refKey(target)) ?? []) {
      if (link.from.collection !== collection) continue;
      if (field !== undefined && link.path[0] !== field) continue;
      const key = refKey(link.from);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(link.from);
    }
    return sortByTitle(result);
  }

  /** The teams a person or organisation sits on, with the role the team's roster gives them. */
  memberships(target: Ref): Membership<E>[] {
    const result: Membership<E>[] = [];
    for (const link of this.backlinks.get(refKey(target)) ?? []) {
      if (link.from.collection !== 'teams' || link.path[0] !== 'members') continue;
      const member = (link.from.data.members as { role?: string }[])[link.path[1] as number];
      result.push({ team: link.from, role: member?.role });
    }
    return result.sort((a, b) => entryTitle(a.team).localeCompare(entryTitle(b.team), 'nl'));
  }
}
