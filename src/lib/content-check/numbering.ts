import { collectionNames, registry } from '../../schemas/index.ts';
import type { CheckContext } from './context.ts';
import { all, errorAtEach, filesOf } from './involved.ts';
import { numberField } from './raw-fields.ts';
import type { ContentIssue, RawEntry } from './types.ts';

/**
 * A collection the registry orders by a number (the tables by `number`, the support levels by their
 * place in the pyramid, `order`) gives each entry its own number: two tables numbered 2 or two levels
 * at one place in the pyramid cannot both be true.
 */
export function checkNumbering({ entries }: CheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const collection of collectionNames) {
    const order = registry[collection].order;
    if (order.by !== 'number') continue;
    const byNumber = new Map<number, RawEntry[]>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const value = numberField(entry, order.field);
      if (value !== undefined) byNumber.set(value, [...(byNumber.get(value) ?? []), entry]);
    }
    for (const [value, same] of byNumber) {
      if (same.length < 2) continue;
      const noun = registry[collection].noun;
      issues.push(
        ...errorAtEach(
          same.map((entry) => ({ entry, path: [order.field] })),
          `${filesOf(same)} hebben ${all(same.length)} ${order.field}: ${value}, maar twee ${noun.many} kunnen niet hetzelfde nummer hebben`,
          `Geef elk van deze ${noun.many} een ander nummer bij ${order.field}. De site toont ze in de volgorde van dat nummer.`,
        ),
      );
    }
  }
  return issues;
}
