import type { APIRoute, GetStaticPaths } from 'astro';
import { emlDraft } from '../../../lib/newsletter/eml.ts';
import { getEditions, getEmailParts } from '../../../lib/newsletter/load.ts';

// Like email.html: an endpoint, so the draft stays out of the site's navigation, sitemap and search index.
export const getStaticPaths: GetStaticPaths = async () => (await getEditions()).map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await emlDraft(await getEmailParts(String(params.id)))), {
    headers: { 'Content-Type': 'message/rfc822' },
  });
