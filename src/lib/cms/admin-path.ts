/**
 * The editor's folder on the site: its page is src/pages/admin/index.astro, Decap's files are copied
 * to admin/decap/, and the sitemap, the search index and `_headers` treat the folder apart.
 */
export const adminFolder = 'admin';

/** The editor's files as the site serves them, under the base: /admin/, or /jeugd/admin/. */
export function adminPath(base: string, file = ''): string {
  return `${base}${adminFolder}/${file}`;
}

/** Where Decap's own files (decap-cms.js and its chunks) are served, inside the editor's folder. */
export const decapFolder = 'decap';
