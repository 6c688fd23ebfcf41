import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { normaliseContentText } from './content-text';
import { idOfFile } from './entry-id';

/** What Astro's glob loader asks of a file type (Markdown, MDX, YAML): its fields and body from its text. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/**
 * Astro's glob loader reads each file itself and hands its text to the parser of the file type. It
 * keeps a byte-order mark, Windows line endings and decomposed accents as they are, so a title typed
 * on a Mac would be rendered, indexed and matched by the glossary differently from the same title
 * typed elsewhere. Each parser here gets the text as the content check reads it first.
 */
function withContentText(context: LoaderContext): LoaderContext {
  // Not in the loader's public types, but what the glob loader reads its parsers from (Astro 7).
  const entryTypes: unknown = Reflect.get(context, 'entryTypes');
  if (!(entryTypes instanceof Map)) {
    throw new Error(
      'Astro no longer gives loaders their entry types (context.entryTypes): src/lib/content-loader.ts cannot normalise content text. Update it for this Astro version.',
    );
  }
  const normalised = new Map<string, EntryType>();
  for (const [extension, type] of entryTypes as Map<string, EntryType>) {
    // The parser's other members (its renderer, MDX's module types) stay reachable through the prototype.
    const wrapped = Object.create(type) as EntryType;
    wrapped.getEntryInfo = (params) =>
      type.getEntryInfo({ ...params, contents: normaliseContentText(params.contents) });
    normalised.set(extension, wrapped);
  }
  return Object.assign(Object.create(context) as LoaderContext, { entryTypes: normalised });
}

/**
 * Astro's glob loader, reading content files as the content check does: the same text (see
 * normaliseContentText) and the same id for each file (see idOfFile), so that what the check accepts
 * is what the site shows.
 */
export function contentGlob(options: { pattern: string; base: string }): Loader {
  const loader = glob({ ...options, generateId: ({ entry }) => idOfFile(entry) });
  return { name: 'kennisbank-content-glob', load: (context) => loader.load(withContentText(context)) };
}
