import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { pendingCheck } from './content-check/background.ts';
import { normaliseContentText } from './content-text.ts';
import { idOfFile } from './entry-id.ts';

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
 * The loader's logger, holding what Astro's glob loader reports (a file it could not read or render,
 * in English) until the content check under way has its verdict: passed, the messages follow; refused,
 * they are dropped, and the editor reads the check's Dutch messages only, which name the same file.
 */
export function heldUntilCheck(logger: LoaderContext['logger']): LoaderContext['logger'] {
  let held: (() => void)[] | undefined = [];
  void pendingCheck().then(
    () => {
      const messages = held ?? [];
      held = undefined;
      for (const log of messages) log();
    },
    () => (held = undefined),
  );
  const hold =
    (level: 'info' | 'warn' | 'error') =>
    (message: string): void => {
      if (held) held.push(() => logger[level](message));
      else logger[level](message);
    };
  return Object.assign(Object.create(logger) as LoaderContext['logger'], {
    info: hold('info'),
    warn: hold('warn'),
    error: hold('error'),
  });
}

const cacheKeyMetaKey = 'kennisbank-cache-key';

/**
 * Empties the collection's cache when the key of what its entries are read and rendered with (see
 * contentCacheKey) differs from the last sync's, so that no page keeps what older code or an older
 * glossary made of it. The key is computed when Astro loads the content config: in a build, and in
 * `astro dev` at its start. Returns whether it emptied the cache.
 */
export function clearWhenCacheKeyChanges(context: Pick<LoaderContext, 'store' | 'meta'>, key: string): boolean {
  if (context.meta.get(cacheKeyMetaKey) === key) return false;
  context.store.clear();
  context.meta.set(cacheKeyMetaKey, key);
  return true;
}

/**
 * Astro's glob loader, reading content files as the content check does: the same text (see
 * normaliseContentText) and the same id for each file (see idOfFile), so that what the check accepts
 * is what the site shows. `cacheKey` sums up what entries are read and rendered with besides their
 * files and the Astro config (see clearWhenCacheKeyChanges).
 */
export function contentGlob(options: { pattern: string; base: string; cacheKey: string }): Loader {
  const { cacheKey, ...globOptions } = options;
  const loader = glob({ ...globOptions, generateId: ({ entry }) => idOfFile(entry) });
  return {
    name: 'kennisbank-content-glob',
    load: async (context) => {
      clearWhenCacheKeyChanges(context, cacheKey);
      // Read beside the content check (it runs in a worker, on the other core), not after it: the
      // check's verdict comes first all the same. When the loader fails too (on content the check
      // refuses, Astro's own error in English), the editor gets the check's message, and what the
      // loader logged meanwhile is held until the verdict (heldUntilCheck). The sync ends, and the
      // pages are built, only once the check has passed.
      const reading = Object.assign(withContentText(context), { logger: heldUntilCheck(context.logger) });
      try {
        await loader.load(reading);
      } catch (error) {
        await pendingCheck();
        throw error;
      }
      await pendingCheck();
    },
  };
}
