// @ts-check
import { siteConfig } from './src/lib/build/site-config.ts';
import { defaultSiteOptions } from './src/lib/build/site-options.ts';

/**
 * For `astro check` and `astro preview` run on their own. `npm run build` and `npm run dev` do
 * not read this file: they make the same configuration with their own options (site-config.ts).
 */
const root = import.meta.dirname;
export default siteConfig({ root, site: defaultSiteOptions(root) });
