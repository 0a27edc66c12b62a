import { defineMiddleware } from 'astro:middleware';
import { siteOptions } from 'virtual:trangxa/site-options';
import { SEARCH_RECORD_HEADER, searchRecordHeader } from './lib/build/rendered-pages.ts';

/**
 * In the static build, a page that set `locals.search` (items, the contact page) carries its
 * search record out in a header, for the build's own process to index it with the page
 * (rendered-pages.ts, which also makes the URLs relative and adds the Content-Security-Policy).
 * The dev server (the one preview) serves pages as they are, with root-relative URLs. Not
 * `import.meta.env.DEV`, which is true in a build started from the test runner (VITEST, NODE_ENV=test).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (siteOptions.preview || context.locals.search === undefined) return response;
  response.headers.set(SEARCH_RECORD_HEADER, searchRecordHeader(context.locals.search));
  return response;
});
