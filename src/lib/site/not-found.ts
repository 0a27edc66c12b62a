import { vi } from '../../i18n/vi.ts';
import type { Commune } from '../content/types.ts';
import type { PageHead } from './page-head.ts';

/**
 * The 404 page is built at `/<c>/404/` (so its links are made relative to that folder) and
 * moved to `<c>/404.html`, which hosts serve for any missing address. Its `<base>` points back
 * at that folder: the public one when `site.url` is known (so it works at any missing address),
 * else `404/` beside the file (so it works when served at the commune's top level).
 * @see src/lib/build/package-commune.ts (the move), src/middleware.ts (relative links)
 */
export function notFoundBase(commune: Commune): string {
  return commune.site.url === undefined ? '404/' : new URL('404/', commune.site.url).href;
}

/** No canonical address and no Dublin Core: a missing page is not a document. */
export function notFoundHead(commune: Commune): PageHead {
  return { title: `${vi.notFound.title}${vi.shell.titleSeparator}${commune.site.name}`, description: vi.notFound.message, dublinCore: [] };
}
