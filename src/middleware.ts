import { defineMiddleware } from 'astro:middleware';
import { recordAssets } from './lib/asset-registry.ts';
import { assetsOf, relativizeHtml } from './lib/relative-urls.ts';

/**
 * In the static build, every HTML page of a commune gets relative URLs, and the `/_astro/` files
 * it uses are recorded so the CLI copies them into that commune's folder. Only the build CLI sets
 * TRANGXA_STAGING; the dev server keeps root-relative URLs, which it serves as they are.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (process.env['TRANGXA_STAGING'] === undefined || !type.includes('text/html')) return response;
  const html = await response.text();
  const commune = context.url.pathname.split('/')[1] ?? '';
  if (commune) recordAssets(commune, assetsOf(html));
  const path = context.url.pathname.endsWith('/') ? context.url.pathname : `${context.url.pathname}/`;
  // The 404 page is published as `<c>/404.html` at the commune's root: link from there.
  const page = path === `/${commune}/404/` ? `/${commune}/` : path;
  return new Response(commune ? relativizeHtml(html, page) : relativizeHtml(html, '/'), {
    status: response.status,
    headers: response.headers,
  });
});
