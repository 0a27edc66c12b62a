import type { SearchRecord } from '../search/search-record.ts';

/**
 * A page the static build has just rendered that belongs in its commune's search index. The
 * middleware (inside Astro's build) hands it to the batch process's listener, which sends it on
 * to be indexed while Astro goes on rendering (batch-messages.ts): the two run in one Node process
 * but load this module separately (Vite's module runner), so the listener lives on `globalThis`,
 * as in asset-registry.ts.
 */
export interface RenderedPage {
  commune: string;
  /** The page's path inside its commune's folder, without slashes at either end. */
  path: string;
  html: string;
  record: SearchRecord;
}

export type PageSink = (page: RenderedPage) => void;

const KEY = Symbol.for('trangxa.pageSink');
const store = globalThis as unknown as Record<symbol, PageSink | undefined>;

/** Installs (or, with `undefined`, removes) the listener of rendered pages. */
export function setPageSink(sink: PageSink | undefined): void {
  store[KEY] = sink;
}

/** Hands a page to the listener; without one (dev server, tests) it is dropped. */
export function sendPage(page: RenderedPage): void {
  store[KEY]?.(page);
}
