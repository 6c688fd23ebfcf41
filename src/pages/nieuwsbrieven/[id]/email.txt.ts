import type { APIRoute, GetStaticPaths } from 'astro';
import { emailText } from '../../../lib/newsletter/email.ts';
import { emailContext, getEdition, getEditions } from '../../../lib/newsletter/load.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getEditions()).map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(emailText(await getEdition(String(params.id)), emailContext), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
