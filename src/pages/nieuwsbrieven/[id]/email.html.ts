import type { APIRoute, GetStaticPaths } from 'astro';
import { emailHtml } from '../../../lib/newsletter/email.ts';
import { emailContext, getEdition, getEditions } from '../../../lib/newsletter/load.ts';

// An endpoint, not a page: the e-mail is a document for a mailing tool, outside the site's layout,
// navigation, sitemap and search index.
export const getStaticPaths: GetStaticPaths = async () => (await getEditions()).map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(emailHtml(await getEdition(String(params.id)), emailContext), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
