import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildFacetIndex, facetFileName } from '../lib/search/facet-index.ts';

/**
 * Writes the facets of every page Pagefind indexed (src/lib/search/facet-index.ts) into the bundle
 * folder, read back from Pagefind's own fragments, so ids and values are exactly the index's.
 * Returns the number of pages.
 */
export function writeFacetFile(bundleDir: string): number {
  const fragmentDir = path.join(bundleDir, 'fragment');
  const pages = fs
    .readdirSync(fragmentDir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const fragment = readFragment(path.join(fragmentDir, file));
      return { id: file.slice(0, -'.pf_fragment'.length), filters: fragment.filters ?? {} };
    });
  fs.writeFileSync(path.join(bundleDir, facetFileName), JSON.stringify(buildFacetIndex(pages)));
  return pages.length;
}

/** A fragment is gzipped JSON behind Pagefind's 12-byte signature. */
function readFragment(file: string): { filters?: Record<string, string[]> } {
  const bytes = zlib.gunzipSync(fs.readFileSync(file));
  const signature = 'pagefind_dcd';
  if (bytes.subarray(0, signature.length).toString() !== signature)
    throw new Error(`${file} is not a Pagefind fragment (no "${signature}" signature)`);
  return JSON.parse(bytes.subarray(signature.length).toString('utf8')) as { filters?: Record<string, string[]> };
}
