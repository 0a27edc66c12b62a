/**
 * Addresses of a commune's pages, as redirects compare them: a path under the commune folder
 * without slashes around it (`tin-tuc/2026/ra-mat`), '' for the home page.
 */
import type { Commune } from '../content/types.ts';
import type { Redirect } from '../schemas/redirects.ts';

/** Pages every commune has, besides its sections and items. */
const FIXED_PAGES = ['', 'lien-he', 'so-do-trang', 'tim-kiem', 'tac-gia', 'english'];

/** The pages `to` may name: the home page, fixed pages, sections with items, every published-to-be item. */
export function pagesOf(commune: Commune): Set<string> {
  const pages = new Set(FIXED_PAGES);
  if (commune.board) pages.add('ban-bien-tap');
  for (const item of commune.items) {
    if (item.draft) continue;
    pages.add(item.path);
    pages.add(item.section);
  }
  // The news list exists even when empty (it is always in the menu).
  pages.add('tin-tuc');
  return pages;
}

/** `/tin-tuc/abc/index.html?x=1` → { path: 'tin-tuc/abc', query: 'x=1' }. */
export function splitFrom(from: string): { path: string; query: string | undefined } {
  const i = from.indexOf('?');
  const raw = i === -1 ? from : from.slice(0, i);
  const path = raw.replace(/\/index\.html?$/, '/').replace(/^\/+|\/+$/g, '');
  return { path, query: i === -1 ? undefined : from.slice(i + 1) };
}

/** `to` as a page path: no slashes around it. */
export const pageOfTo = (to: string): string => to.replace(/^\/+|\/+$/g, '');

/**
 * Where the static redirect page of `from` goes, under the commune folder: `index.html` in its
 * folder for a folder address or one without extension, the file itself for `.html`/`.htm`.
 * Undefined for an address with a query string or another extension (`.aspx`, `.php`): a static
 * host cannot answer those, only a server map can.
 */
export function staticFile(redirect: Redirect): string | undefined {
  const { path, query } = splitFrom(redirect.from);
  if (query !== undefined || path === '') return undefined;
  const last = path.split('/').at(-1)!;
  if (/\.html?$/.test(last)) return path;
  if (last.includes('.')) return undefined;
  return `${path}/index.html`;
}
