import { defineMiddleware } from 'astro:middleware';
import { PORTAL, recordAssets } from './lib/asset-registry.ts';
import { sendPage } from './lib/build/page-sink.ts';
import { buildEnv } from './lib/build-env.ts';
import { assetsOf, relativizeHtml } from './lib/relative-urls.ts';
import { withContentSecurityPolicy } from './lib/site/content-security-policy.ts';

/**
 * In the static build, every HTML page of a commune gets relative URLs, and the `/_astro/` files
 * it uses are recorded so the CLI copies them into that commune's folder, and the pages that set
 * `locals.search` go to the search indexer as they are rendered; every page gets its
 * Content-Security-Policy (`content-security-policy.ts`). Only the build CLI sets
 * TRANGXA_STAGING; the dev server keeps root-relative URLs, which it serves as they are.
 */
const env = buildEnv();
const communes = new Set([...env.communes, ...env.portal]);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (process.env['TRANGXA_STAGING'] === undefined || !type.includes('text/html')) return response;
  const html = await response.text();
  const first = context.url.pathname.split('/')[1] ?? '';
  // Pages outside a commune's folder (the portal and its search page) belong to the portal.
  const commune = communes.has(first) ? first : '';
  recordAssets(commune || PORTAL, assetsOf(html));
  if (commune && context.locals.search) {
    sendPage({
      commune,
      path: context.url.pathname.split('/').filter(Boolean).slice(1).join('/'),
      html,
      record: context.locals.search,
    });
  }
  const path = context.url.pathname.endsWith('/') ? context.url.pathname : `${context.url.pathname}/`;
  // The 404 page is published as `<c>/404.html` at the commune's root: link from there.
  const page = path === `/${commune}/404/` ? `/${commune}/` : path;
  // The policy last: it holds the hashes of the page's inline scripts as published.
  return new Response(withContentSecurityPolicy(relativizeHtml(html, page, commune)), {
    status: response.status,
    headers: response.headers,
  });
});
