import { registry, type CollectionName } from '../schemas/index.ts';
import { fieldLabels } from '../schemas/labels.ts';

/**
 * The command that makes a new file of a collection with every field in it (scripts/new-entry.ts), as
 * editors read it in the field reference and in the content check's hints: `npm run new -- mensen "Naam"`.
 * Without `name`, the Dutch label of the collection's name field stands in for it.
 */
export function newEntryCommand(collection: CollectionName, name?: string): string {
  const { route, nameField } = registry[collection];
  return `npm run new -- ${route} "${name ?? fieldLabels[nameField] ?? 'Titel'}"`;
}
