import { entryTitle, type AnyEntry, type Ref } from './entries';

/**
 * The one-line description of an entry for <meta name="description"> and lists: its summary, or for
 * entries without one (people, organisations, glossary terms) a sentence built from its fields.
 */
export function describeEntry(entry: AnyEntry, resolve: (ref: Ref) => AnyEntry | undefined): string {
  const d = entry.data as Record<string, unknown>;
  if (typeof d.summary === 'string') return d.summary;
  const name = entryTitle(entry);
  switch (entry.collection) {
    case 'people': {
      const organisation = d.organisation ? resolve(d.organisation as Ref) : undefined;
      const parts = [d.role, organisation ? entryTitle(organisation) : undefined].filter(Boolean);
      return parts.length > 0
        ? `${name}: ${parts.join(', ')}.`
        : `${name} in de kennisbank van de ontwikkeltafels jeugd Twente.`;
    }
    case 'organisations':
      return typeof d.description === 'string'
        ? d.description
        : `${name}${d.place ? ` (${String(d.place)})` : ''} in de kennisbank van de ontwikkeltafels jeugd Twente.`;
    case 'glossary':
      return `${name}: ${String(d.fullForm)}. ${String(d.explanation)}`;
    case 'supportLevels':
      return String(d.explanation);
    default:
      return name;
  }
}
