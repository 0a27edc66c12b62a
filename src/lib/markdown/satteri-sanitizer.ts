import type { Root } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { cleanMdxTree } from './clean-mdx-tree.ts';
import { importMdxImages } from './mdx-image-imports.ts';
import { sanitizeHtmlTree } from './sanitize-html-tree.ts';

/**
 * The Sätteri hast plugin that makes every content body safe, registered last among the user
 * plugins in `astro.config.mjs`. It runs once per document after the tree is built and replaces
 * the whole tree with its cleaned copy: `.md` through the HTML allowlist, `.mdx` through the
 * MDX rules (only the project's components, no code), whose photos then become imports.
 */
const sanitizer: HastPluginDefinition = {
  name: 'trangxa-sanitize',
  after(root, ctx) {
    const tree = root as Root;
    ctx.replaceNode(root, ctx.sourceFormat === 'mdx' ? importMdxImages(cleanMdxTree(tree)) : sanitizeHtmlTree(tree));
  },
};

/**
 * Most articles are plain Markdown: no tag, no entity, no script or data address, already NFC.
 * Their HTML can hold nothing the sanitiser would remove, so they skip it (it costs about half
 * a millisecond a page, seconds on a 10,000-page build). Entities are included because
 * `[x](&#106;avascript:…)` decodes to a `javascript:` link.
 */
export const needsSanitising = (source: string, format: string): boolean =>
  format === 'mdx' || /[<&]|script:|data:/i.test(source) || source !== source.normalize('NFC');

export const satteriSanitizer: HastPluginEntry = (ctx) => (needsSanitising(ctx.source, ctx.sourceFormat) ? sanitizer : null);
