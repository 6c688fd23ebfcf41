import { defineMiddleware } from 'astro:middleware';
import { feedPage } from './integrations/pagefind-feed.ts';

/** During a build, every prerendered page also goes to the search index as it is rendered. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) feedPage(context.url.pathname, response);
  return response;
});
