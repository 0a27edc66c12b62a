// @ts-check
import { defineConfig } from 'astro/config';

/** The benchmark's baseline: bare Astro rendering the same Markdown, one page each, no layout. */
export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? './dist',
  cacheDir: process.env.BASELINE_CACHE ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
