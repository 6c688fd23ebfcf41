import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in a Pagefind bundle, read from its fragments (gzip, after a "pagefind_dcd" signature). */
export function fragments(bundle: string): Fragment[] {
  const dir = path.join(bundle, 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
  });
}
