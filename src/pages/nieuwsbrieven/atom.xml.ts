import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/newsletter/feeds';
import { feedContext, getEditions } from '../../lib/newsletter/load';

export const GET: APIRoute = async () =>
  new Response(atomFeed(await getEditions(), feedContext), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
