import { vi } from '../../i18n/vi.ts';
import type { Commune } from '../content/types.ts';
import type { PageHead } from './page-head.ts';

/**
 * The 404 page is built at `/<c>/404/`, but its links are made relative to the commune's root
 * (src/lib/build/rendered-pages.ts), because it is moved to `<c>/404.html` (package-commune.ts), which hosts
 * serve for any missing address. When `site.url` is known, `<base>` points there so the links
 * also work when the host serves the page for a missing address deeper down; without it the
 * page works for missing addresses at the commune's top level.
 */
export function notFoundBase(commune: Commune): string | undefined {
  return commune.site.url;
}

/** No canonical address and no Dublin Core: a missing page is not a document. */
export function notFoundHead(commune: Commune): PageHead {
  return {
    title: `${vi.notFound.title}${vi.shell.titleSeparator}${commune.site.name}`,
    description: vi.notFound.message,
    dublinCore: [],
  };
}
