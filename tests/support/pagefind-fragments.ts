import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One page as Pagefind indexed it: its text, facets and result metadata. */
export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in a Pagefind bundle, read from its fragments (gzip, after a "pagefind_dcd" signature). */
export function fragments(bundle: string): Fragment[] {
  return [...fragmentsById(bundle).values()];
}

/** Every page in a Pagefind bundle by its id in the index (the fragment's file name). */
export function fragmentsById(bundle: string): Map<string, Fragment> {
  const dir = path.join(bundle, 'fragment');
  return new Map(
    fs.readdirSync(dir).map((file) => {
      const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
      return [file.replace(/\.pf_fragment$/, ''), JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment];
    }),
  );
}
