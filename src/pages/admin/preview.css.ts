import type { APIRoute } from 'astro';
import siteStyles from '../../styles/global.css?inline';

/**
 * The site's global stylesheet (its layers, tokens and the styles of text), for the editor's preview
 * pane: an entry's text there looks as it does on the site. Not linked from the editor's own page,
 * whose interface Decap styles itself.
 */
export const GET: APIRoute = () => new Response(siteStyles, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
