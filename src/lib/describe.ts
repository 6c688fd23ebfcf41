import { entryTitle, type AnyEntry, type Resolve } from './entries.ts';

/**
 * The one-line description of an entry for <meta name="description"> and lists: its summary, or for
 * entries without one (people, organisations, glossary terms) a sentence built from its fields.
 */
export function describeEntry(entry: AnyEntry, resolve: Resolve): string {
  const name = entryTitle(entry);
  switch (entry.collection) {
    case 'people': {
      const { role, organisation: ref } = entry.data;
      const organisation = ref ? resolve(ref) : undefined;
      const parts = [role, organisation ? entryTitle(organisation) : undefined].filter(Boolean);
      return parts.length > 0
        ? `${name}: ${parts.join(', ')}.`
        : `${name} in de kennisbank van de ontwikkeltafels jeugd Twente.`;
    }
    case 'organisations': {
      const { description, place } = entry.data;
      return (
        description ?? `${name}${place ? ` (${place})` : ''} in de kennisbank van de ontwikkeltafels jeugd Twente.`
      );
    }
    case 'glossary':
      return `${name}: ${entry.data.fullForm}. ${entry.data.explanation}`;
    case 'supportLevels':
      return entry.data.explanation;
    default:
      return entry.data.summary;
  }
}
