import type { CollectionName, EntryRef } from '../schemas/index.ts';
import {
  buildBacklinks,
  compareNames,
  entryTitle,
  isEntryOf,
  refKey,
  sortByTitle,
  type AnyEntry,
  type Backlink,
  type Entry,
  type Ref,
} from './entries.ts';

/** One seat on a team, as the team's members list holds it. */
export interface Membership {
  team: Entry<'teams'>;
  role?: string;
}

/**
 * The relations between all entries, both ways. Built once per build from every collection; pages
 * ask it who is on a team, which teams a person is on, which plans belong to a table, and so on.
 */
export class Relations {
  private readonly byKey = new Map<string, AnyEntry>();
  private readonly backlinks: Map<string, Backlink[]>;

  constructor(entries: readonly AnyEntry[]) {
    for (const entry of entries) this.byKey.set(refKey(entry), entry);
    this.backlinks = buildBacklinks(entries);
  }

  /** The entry a reference points at, typed by the reference's collection. */
  get<C extends CollectionName>(ref: EntryRef<C> | undefined): Entry<C> | undefined {
    if (!ref) return undefined;
    const entry = this.byKey.get(refKey(ref));
    return entry && isEntryOf(entry, ref.collection) ? entry : undefined;
  }

  /** Resolves references that the content check has already proven to exist. */
  resolve<C extends CollectionName>(refs: readonly EntryRef<C>[] | undefined): Entry<C>[] {
    return (refs ?? []).map((ref) => {
      const entry = this.get(ref);
      if (!entry) throw new Error(`Unresolved reference ${refKey(ref)}: the content check should have caught this`);
      return entry;
    });
  }

  /** Entries of `collection` that refer to `target`, optionally only through the field `field`. */
  referrers<C extends CollectionName>(target: Ref, collection: C, field?: string): Entry<C>[] {
    const seen = new Set<string>();
    const result: Entry<C>[] = [];
    for (const link of this.backlinks.get(refKey(target)) ?? []) {
      const from = link.from;
      if (!isEntryOf(from, collection)) continue;
      if (field !== undefined && link.path[0] !== field) continue;
      const key = refKey(from);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(from);
    }
    return sortByTitle(result);
  }

  /** Every entry that refers to `target` through the field `field`, of any collection, A–Z. */
  referringEntries(target: Ref, field: string): AnyEntry[] {
    const found = new Map<string, AnyEntry>();
    for (const link of this.backlinks.get(refKey(target)) ?? []) {
      if (link.path[0] === field) found.set(refKey(link.from), link.from);
    }
    return sortByTitle([...found.values()]);
  }

  /** The teams a person or organisation sits on, with the role the team's roster gives them. */
  memberships(target: Ref): Membership[] {
    const result: Membership[] = [];
    for (const link of this.backlinks.get(refKey(target)) ?? []) {
      const team = link.from;
      if (!isEntryOf(team, 'teams') || link.path[0] !== 'members') continue;
      const member = team.data.members[Number(link.path[1])];
      result.push({ team, role: member?.role });
    }
    return result.sort((a, b) => compareNames(entryTitle(a.team), entryTitle(b.team)));
  }
}
