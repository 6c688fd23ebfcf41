import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { suggestionFile } from '../../lib/search/suggestion-words.ts';

/**
 * The site's names for the search's "Bedoelde u …?" (src/lib/search/suggestions.ts), built with the
 * pages from the same content. The search loads it only after a search that found (almost) nothing.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(suggestionFile((await getSite()).all)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
