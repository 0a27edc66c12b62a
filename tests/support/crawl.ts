import type { Browser, Page, Request, Response as PageResponse } from 'playwright-core';

/** A URL that did not answer 200, and where it was found. */
export interface BrokenLink {
  url: string;
  /** The HTTP status, or why there was none (`redirect to …`, `network error …`, `no element with id …`). */
  problem: string;
  foundOn: string;
  /** The attribute it came from, e.g. `img[srcset]`, or `requested while loading` for CSS and script requests. */
  via: string;
}

export interface CrawlResult {
  /** Every HTML page visited, as absolute URLs. */
  pages: string[];
  /** How many distinct same-origin URLs were fetched (pages and assets). */
  checked: number;
  broken: BrokenLink[];
}

interface Reference {
  via: string;
  url: string;
}

/** Beyond this the site has a link loop (a calendar, a query string), which is a bug in itself. */
const MAX_PAGES = 2_000;

/**
 * Runs in the page: every URL a citizen's browser could follow or load, resolved against the
 * document's base URL exactly as the browser does.
 */
function collectReferences(): { refs: Reference[]; ids: string[] } {
  const refs: Reference[] = [];
  const add = (via: string, raw: string | null) => {
    if (raw === null || raw.trim() === '') return;
    refs.push({ via, url: new URL(raw.trim(), document.baseURI).href });
  };
  const addSrcset = (via: string, srcset: string | null) => {
    for (const candidate of (srcset ?? '').split(/,\s+/)) add(via, candidate.trim().split(/\s+/)[0] ?? null);
  };
  for (const a of document.querySelectorAll('a[href], area[href]')) add('a[href]', a.getAttribute('href'));
  for (const link of document.querySelectorAll('link[href]')) add('link[href]', link.getAttribute('href'));
  for (const img of document.querySelectorAll('img')) {
    add('img[src]', img.getAttribute('src'));
    addSrcset('img[srcset]', img.getAttribute('srcset'));
  }
  for (const source of document.querySelectorAll('source')) {
    add('source[src]', source.getAttribute('src'));
    addSrcset('source[srcset]', source.getAttribute('srcset'));
  }
  for (const script of document.querySelectorAll('script[src]')) add('script[src]', script.getAttribute('src'));
  for (const form of document.querySelectorAll('form')) add('form[action]', form.getAttribute('action') ?? '');
  const ids = [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name') || '');
  return { refs, ids };
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Visits `start` in Chromium and every same-origin page it links to, checking that each link,
 * image, stylesheet, script, form action and anything the page requests while loading answers
 * 200 (a redirect counts as broken: links must name the final URL), and that `#fragment` links
 * point at an element that exists. Other origins are not fetched.
 */
export async function crawl(browser: Browser, start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const broken: BrokenLink[] = [];
  const statuses = new Map<string, Promise<{ problem: string | undefined; html: boolean }>>();
  const idsByPage = new Map<string, Set<string>>();
  const fragmentLinks: { target: string; id: string; foundOn: string; via: string }[] = [];
  const queue = [withoutHash(start)];
  const queued = new Set(queue);

  const check = (url: string) => {
    let status = statuses.get(url);
    if (!status) {
      status = fetchStatus(url);
      statuses.set(url, status);
    }
    return status;
  };

  const startStatus = await check(queue[0] ?? start);
  if (startStatus.problem) broken.push({ url: start, problem: startStatus.problem, foundOn: '(the start page)', via: 'start' });

  try {
    for (let current = startStatus.problem ? undefined : queue.shift(); current !== undefined; current = queue.shift()) {
      if (idsByPage.size >= MAX_PAGES) throw new Error(`More than ${MAX_PAGES} pages from ${start}: a link loop?`);
      const { refs, ids } = await visit(page, current, broken);
      idsByPage.set(current, new Set(ids));
      await Promise.all(
        refs.map(async ({ via, url }) => {
          if (new URL(url).origin !== origin) return;
          const target = withoutHash(url);
          const hash = decodeURIComponent(new URL(url).hash.slice(1));
          if (hash && hash !== 'top') fragmentLinks.push({ target, id: hash, foundOn: current, via });
          const { problem, html } = await check(target);
          if (problem) broken.push({ url, problem, foundOn: current, via });
          else if (html && (via === 'a[href]' || via === 'form[action]') && !queued.has(target)) {
            queued.add(target);
            queue.push(target);
          }
        }),
      );
    }
  } finally {
    await context.close();
  }

  for (const link of fragmentLinks) {
    const ids = idsByPage.get(link.target);
    if (ids && !ids.has(link.id)) broken.push({ url: `${link.target}#${link.id}`, problem: `no element with id "${link.id}"`, foundOn: link.foundOn, via: link.via });
  }
  return { pages: [...idsByPage.keys()], checked: statuses.size, broken };
}

/** Loads one page, records every failed request it makes, and returns what it refers to. */
async function visit(page: Page, url: string, broken: BrokenLink[]) {
  const failures: BrokenLink[] = [];
  const onResponse = (response: PageResponse) => {
    if (response.status() >= 400) failures.push({ url: response.url(), problem: String(response.status()), foundOn: url, via: 'requested while loading' });
  };
  const onFailed = (request: Request) => {
    failures.push({ url: request.url(), problem: `network error ${request.failure()?.errorText ?? ''}`, foundOn: url, via: 'requested while loading' });
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(collectReferences);
  } finally {
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
    // The page's own 404 is already reported by the link that led to it.
    broken.push(...failures.filter((f) => f.url !== url));
  }
}

async function fetchStatus(url: string): Promise<{ problem: string | undefined; html: boolean }> {
  try {
    const response = await fetch(url, { redirect: 'manual' });
    await response.body?.cancel();
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (response.status === 200) return { problem: undefined, html };
    const location = response.headers.get('location');
    return { problem: location ? `${response.status} redirect to ${location}` : String(response.status), html };
  } catch (error) {
    return { problem: `network error ${(error as Error).message}`, html: false };
  }
}
