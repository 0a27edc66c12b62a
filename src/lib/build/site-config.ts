/**
 * The Astro configuration of the site, made from explicit options: `astro.config.mjs` (for
 * `astro check` and `astro preview`), `npm run dev` and each batch of `npm run build` call
 * `siteConfig` with their own, and pass the result to Astro with `configFile: false`.
 */
import mdx from '@astrojs/mdx';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { markdownProcessor } from '../markdown/markdown-processor.ts';
import { publishPages, type RenderedPage } from './rendered-pages.ts';
import { SITE_OPTIONS_MODULE, siteOptionsSource, type SiteOptions } from './site-options.ts';

export interface SiteConfigOptions {
  /** The project's folder (Astro's `root`). */
  root: string;
  site: SiteOptions;
  /** Where Astro writes the pages; `dist/` by default (only the build command's batches render). */
  outDir?: string;
  /** Astro's cache (content layer store, optimised images); `node_modules/.astro` by default. */
  cacheDir?: string;
  /** In a build: every HTML page as rendered (rendered-pages.ts). */
  onPage?: (page: RenderedPage) => void;
}

export function siteConfig(options: SiteConfigOptions): AstroUserConfig {
  return {
    root: options.root,
    ...(options.outDir === undefined ? {} : { outDir: options.outDir }),
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // Pages must work when one commune folder is copied alone, at any path: no shared CSS file.
      inlineStylesheets: 'always',
    },
    devToolbar: { enabled: false },
    prefetch: false,
    integrations: [mdx(), trangxa(options)],
    // Content bodies are untrusted: raw HTML is sanitised, MDX may only use our components.
    markdown: { processor: markdownProcessor() },
    vite: {
      server: { watch: { ignored: ['**/dist/**', '**/reports/**', '**/private/**'] } },
      // Cheap phones run old browsers: keep `@media (min-width: …)` instead of range syntax.
      build: { cssTarget: ['chrome64', 'safari12', 'firefox67'] },
    },
  };
}

/** Serves the site options to the site's modules, and in a build hands each page to `onPage`. */
function trangxa({ site, onPage }: SiteConfigOptions): AstroIntegration {
  const resolved = `\0${SITE_OPTIONS_MODULE}`;
  return {
    name: 'trangxa',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'trangxa:site-options',
                resolveId: (id) => (id === SITE_OPTIONS_MODULE ? resolved : undefined),
                load: (id) => (id === resolved ? siteOptionsSource(site) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!onPage) return;
        const communes = new Set([...site.communes, ...site.portal]);
        setPrerenderer((prerenderer) => publishPages(prerenderer, communes, onPage));
      },
    },
  };
}
