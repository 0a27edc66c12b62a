import type { Root } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { cleanMdxTree } from './clean-mdx-tree.ts';
import { withImageAlt } from './image-alt.ts';
import { repairLists } from './list-repair.ts';
import { importMdxImages } from './mdx-image-imports.ts';
import { withSafeUrls } from './safe-urls.ts';
import { sanitizeHtmlTree } from './sanitize-html-tree.ts';

/**
 * The Sätteri hast plugin that makes every content body safe, registered last among the user
 * plugins in `astro.config.mjs`. It runs on every document, once its tree is built, and replaces
 * the whole tree with its cleaned copy: `.md` through the HTML allowlist, `.mdx` through the MDX
 * rules (only the project's components, no code), whose photos then become imports; then every
 * address goes through the scheme allowlist (`safe-urls.ts`), every image has an `alt` (`image-alt.ts`),
 * and list items written outside a list, or text inside a list but outside an item, are repaired (`list-repair.ts`).
 *
 * There is no fast path that skips a body whose source looks harmless: Markdown unescapes
 * `javascript\:` into `javascript:`, so only the tree tells what the page will hold.
 */
const sanitizer: HastPluginDefinition = {
  name: 'trangxa-sanitize',
  after(root, ctx) {
    const tree = root as Root;
    const clean = ctx.sourceFormat === 'mdx' ? importMdxImages(cleanMdxTree(tree)) : sanitizeHtmlTree(tree);
    ctx.replaceNode(root, withSafeUrls(repairLists(withImageAlt(clean))));
  },
};

export const satteriSanitizer: HastPluginEntry = () => sanitizer;
