import { defineMiddleware } from 'astro:middleware';
import { SEARCH_RECORD_HEADER, searchRecordHeader } from './lib/build/rendered-pages.ts';

/**
 * In the static build, a page that set `locals.search` (items, the contact page) carries its
 * search record out in a header, for the build's own process to index it with the page
 * (rendered-pages.ts, which also makes the URLs relative and adds the Content-Security-Policy).
 * The dev server serves pages as they are, with root-relative URLs.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || context.locals.search === undefined) return response;
  response.headers.set(SEARCH_RECORD_HEADER, searchRecordHeader(context.locals.search));
  return response;
});
