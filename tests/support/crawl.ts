import type { Browser, Request } from 'playwright-core';

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
  for (const script of document.querySelectorAll('script[src]'))
    add('script[src]', script.getAttribute('src'));
  for (const form of document.querySelectorAll('form'))
    add('form[action]', form.getAttribute('action') ?? '');
  const ids = [...document.querySelectorAll('[id], a[name]')].map(
    (e) => e.id || e.getAttribute('name') || '',
  );
  return { refs, ids };
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Visits `start` in Chromium and every same-origin page it links to, checking that each link,
 * image, stylesheet, script, form action and anything a page requests while loading answers
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
  let current: string | undefined;

  const check = (url: string) => {
    let status = statuses.get(url);
    if (!status) {
      status = fetchStatus(url);
      statuses.set(url, status);
    }
    return status;
  };
  const follow = async ({ via, url }: Reference, foundOn: string) => {
    if (new URL(url).origin !== origin) return;
    const target = withoutHash(url);
    const hash = decodeURIComponent(new URL(url).hash.slice(1));
    if (hash && hash !== 'top') fragmentLinks.push({ target, id: hash, foundOn, via });
    const { problem, html } = await check(target);
    if (problem) broken.push({ url, problem, foundOn, via });
    else if (html && (via === 'a[href]' || via === 'form[action]') && !queued.has(target)) {
      queued.add(target);
      queue.push(target);
    }
  };

  // What the browser itself requests (CSS url(), scripts' imports). The referer names the page,
  // even for a request cut short when the crawler moves on; such a request is checked like a link.
  const loaded: Promise<void>[] = [];
  const requestedBy = (request: Request) => request.headers()['referer'] ?? current ?? start;
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 300 && url !== current) {
      broken.push({
        url,
        problem: String(response.status()),
        foundOn: requestedBy(response.request()),
        via: 'requested while loading',
      });
    }
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    const foundOn = requestedBy(request);
    if (error.includes('ERR_ABORTED'))
      loaded.push(follow({ via: 'requested while loading', url: request.url() }, foundOn));
    else
      broken.push({
        url: request.url(),
        problem: `network error ${error}`,
        foundOn,
        via: 'requested while loading',
      });
  });

  const startStatus = await check(queue[0] ?? start);
  if (startStatus.problem)
    broken.push({ url: start, problem: startStatus.problem, foundOn: '(the start page)', via: 'start' });

  try {
    for (
      current = startStatus.problem ? undefined : queue.shift();
      current !== undefined;
      current = queue.shift()
    ) {
      if (idsByPage.size >= MAX_PAGES)
        throw new Error(`More than ${MAX_PAGES} pages from ${start}: a link loop?`);
      const foundOn = current;
      await page.goto(foundOn, { waitUntil: 'load' });
      const { refs, ids } = await page.evaluate(collectReferences);
      idsByPage.set(foundOn, new Set(ids));
      await Promise.all(refs.map((ref) => follow(ref, foundOn)));
    }
    await Promise.all(loaded);
  } finally {
    await context.close();
  }

  for (const link of fragmentLinks) {
    const ids = idsByPage.get(link.target);
    if (ids && !ids.has(link.id))
      broken.push({
        url: `${link.target}#${link.id}`,
        problem: `no element with id "${link.id}"`,
        foundOn: link.foundOn,
        via: link.via,
      });
  }
  return { pages: [...idsByPage.keys()], checked: statuses.size, broken };
}

async function fetchStatus(url: string): Promise<{ problem: string | undefined; html: boolean }> {
  try {
    const response = await fetch(url, { redirect: 'manual' });
    await response.body?.cancel();
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (response.status === 200) return { problem: undefined, html };
    const location = response.headers.get('location');
    return {
      problem: location ? `${response.status} redirect to ${location}` : String(response.status),
      html,
    };
  } catch (error) {
    return { problem: `network error ${(error as Error).message}`, html: false };
  }
}
