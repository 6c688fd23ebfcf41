import type { APIRoute } from 'astro';
import { rssFeed } from '../../lib/newsletter/feeds.ts';
import { feedContext, getEditions } from '../../lib/newsletter/load.ts';

export const GET: APIRoute = async () =>
  new Response(await rssFeed(await getEditions(), feedContext), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
