import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditions, getEmailParts } from '../../../lib/newsletter/load.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getEditions()).map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await getEmailParts(String(params.id))).text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
