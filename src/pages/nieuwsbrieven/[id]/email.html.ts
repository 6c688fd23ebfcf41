import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditions, getEmailParts } from '../../../lib/newsletter/load.ts';

// An endpoint, not a page: the e-mail is a document for a mailing tool, outside the site's layout,
// navigation, sitemap and search index.
export const getStaticPaths: GetStaticPaths = async () => (await getEditions()).map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await getEmailParts(String(params.id))).html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
