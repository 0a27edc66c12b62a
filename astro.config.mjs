// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/markdown/markdown-processor.ts';

/**
 * One Astro build renders every selected commune under `/<commune>/`; `src/cli/build.ts` then
 * makes each `dist/<commune>/` self-contained (relative URLs, its own assets, its own search).
 * The CLI passes the content folder, the communes and the clock in TRANGXA_* variables.
 */
export default defineConfig({
  outDir: process.env.TRANGXA_STAGING ?? './dist',
  cacheDir: process.env.TRANGXA_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages must work when one commune folder is copied alone, at any path: no shared CSS file.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [mdx()],
  // Content bodies are untrusted: raw HTML is sanitised, MDX may only use our components.
  markdown: { processor: markdownProcessor() },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/reports/**', '**/private/**'] } },
    // Cheap phones run old browsers: keep `@media (min-width: …)` instead of range syntax.
    build: { cssTarget: ['chrome64', 'safari12', 'firefox67'] },
  },
});
