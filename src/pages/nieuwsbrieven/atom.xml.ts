import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/newsletter/feeds.ts';
import { feedContext, getEditions } from '../../lib/newsletter/load.ts';

export const GET: APIRoute = async () =>
  new Response(atomFeed(await getEditions(), feedContext), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
