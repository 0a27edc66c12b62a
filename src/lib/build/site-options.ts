/**
 * What the pages, the content collections and the middleware need to know about a build or a
 * preview: the content folder, the communes, the clock. The command that starts Astro
 * (`npm run build`, `npm run dev`) hands one `SiteOptions` to `siteConfig` (site-config.ts),
 * whose integration serves it to the site's code as the module `virtual:trangxa/site-options`:
 * the site's modules run in Vite's module runner and cannot share the command's variables.
 */
import { resolve } from 'node:path';

export interface SiteOptions {
  /** Absolute. */
  contentDir: string;
  /** The communes whose pages are rendered (all of the content folder when empty). */
  communes: string[];
  /**
   * The communes the portal page lists: those built now plus those already in the output
   * folder from earlier builds or other shards. Empty: the same as `communes`.
   */
  portal: string[];
  /** `--portal-only`: render the portal page alone, no commune pages. */
  portalOnly: boolean;
  now: Date;
  /** Dev preview: drafts and future items are shown with a marker (never in a build). */
  preview: boolean;
}

export const SITE_OPTIONS_MODULE = 'virtual:trangxa/site-options';

/**
 * What `astro check` and `astro preview` see when run on their own (they render nothing):
 * every commune of `content/`, the current time.
 */
export function defaultSiteOptions(root: string): SiteOptions {
  return {
    contentDir: resolve(root, 'content'),
    communes: [],
    portal: [],
    portalOnly: false,
    now: new Date(),
    preview: false,
  };
}

/** The source of `virtual:trangxa/site-options`: `export const siteOptions = {…}`. */
export function siteOptionsSource(options: SiteOptions): string {
  const { now, ...rest } = options;
  return `export const siteOptions = { ...${JSON.stringify(rest)}, now: new Date(${JSON.stringify(now.toISOString())}) };\n`;
}
