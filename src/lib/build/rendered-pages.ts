/**
 * Every HTML page of a static build passes here as Astro renders it, in the build's own process:
 * the integration of site-config.ts wraps Astro's prerenderer (its `setPrerenderer` hook) with
 * `publishPages`, and the batch that calls `siteConfig` gives it `onPage` as a plain function.
 * Nothing is kept in a global: what the batch needs (the `/_astro/` files each commune uses, the
 * pages for the search index) reaches `onPage`, and each page is written with relative URLs.
 *
 * Why while rendering, and not read back from the output afterwards: a batch's pages go to the
 * search indexer as Astro renders them (batch-messages.ts), so indexing runs on the core that
 * rendering leaves free. Holding the pages until rendering ended (which reading them back from
 * disk would do, and more slowly) made a build of 2,200 items 15 % slower: 28.6 s against 33.0 s,
 * the search indexes finished 3.8 s against 6.4 s after rendering (2026-12-03, a shared 2-core
 * machine, so a rough figure).
 *
 * The one thing only the page itself knows, its search record (`locals.search`, set by the
 * layout), comes from the middleware in a response header (`searchRecordHeader`), which is
 * removed here; the middleware leaves the HTML untouched in a build.
 */
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { assetsOf, relativizeHtml } from '../relative-urls.ts';
import type { SearchRecord } from '../search/search-record.ts';
import { withContentSecurityPolicy } from '../site/content-security-policy.ts';

/** A page as Astro rendered it, before its URLs are made relative. */
export interface RenderedPage {
  /** The commune whose folder the page belongs to, or '' for the portal's pages. */
  commune: string;
  /** The page's path inside its commune's folder, without slashes at either end. */
  path: string;
  html: string;
  /** The `/_astro/` files the page uses (`assetsOf`). */
  assets: string[];
  /** Set when the page belongs in its commune's search index. */
  record?: SearchRecord;
}

/** The header in which the middleware hands a page's search record to `publishPages`. */
export const SEARCH_RECORD_HEADER = 'x-trangxa-search-record';

/** The header's value: JSON, percent-encoded because a header holds Latin-1 only. */
export function searchRecordHeader(record: SearchRecord): string {
  return encodeURIComponent(JSON.stringify(record));
}

/**
 * Astro's prerenderer, with each HTML page handed to `onPage` and written with relative URLs and
 * its Content-Security-Policy. `communes` are the first path segments that are commune folders.
 */
export function publishPages(
  prerenderer: AstroPrerenderer,
  communes: ReadonlySet<string>,
  onPage: (page: RenderedPage) => void,
): AstroPrerenderer {
  return {
    ...prerenderer,
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      const result: PrerenderResult = rendered instanceof Response ? { response: rendered } : rendered;
      const { response } = result;
      if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/html'))
        return rendered;
      const html = await response.text();
      const pathname = new URL(request.url).pathname;
      const first = pathname.split('/')[1] ?? '';
      // Pages outside a commune's folder (the portal and its search page) belong to the portal.
      const commune = communes.has(first) ? first : '';
      const header = response.headers.get(SEARCH_RECORD_HEADER);
      const page: RenderedPage = {
        commune,
        path: pathname.split('/').filter(Boolean).slice(1).join('/'),
        html,
        assets: assetsOf(html),
      };
      if (header !== null) page.record = JSON.parse(decodeURIComponent(header)) as SearchRecord;
      onPage(page);
      const headers = new Headers(response.headers);
      headers.delete(SEARCH_RECORD_HEADER);
      const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
      // The 404 page is published as `<c>/404.html` at the commune's root: link from there.
      const at = path === `/${commune}/404/` ? `/${commune}/` : path;
      // The policy last: it holds the hashes of the page's inline scripts as published.
      const published = new Response(withContentSecurityPolicy(relativizeHtml(html, at, commune)), {
        status: response.status,
        headers,
      });
      return { ...result, response: published };
    },
  };
}
