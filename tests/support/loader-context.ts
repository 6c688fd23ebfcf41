import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

/**
 * A loader context as Astro gives it, around Astro's own glob loader, with a parser that only records
 * the text it is given. The store and meta store persist between loads, as Astro's cache does between builds.
 */
export function astroContext(dir: string) {
  const seen = new Map<string, string>();
  const stored: { id: string; filePath?: string }[] = [];
  const entryTypes = new Map(
    ['.md', '.yaml'].map((extension) => [
      extension,
      {
        getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
          seen.set(path.basename(fileUrl.pathname), contents);
          return { data: {}, body: contents };
        },
      },
    ]),
  );
  const store = new Map<string, unknown>();
  const meta = new Map<string, string>();
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    logger: { warn() {}, error() {}, info() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => String(text.length),
    store: {
      keys: () => store.keys(),
      get: (id: string) => store.get(id),
      set: (entry: { id: string; filePath?: string }) => {
        stored.push(entry);
        store.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => store.delete(id),
      clear: () => store.clear(),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    entryTypes,
  } as unknown as LoaderContext;
  return { context, seen, stored };
}
