import type { Root } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { cleanMdxTree } from './clean-mdx-tree.ts';
import { sanitizeHtmlTree } from './sanitize-html-tree.ts';

/**
 * The Sätteri hast plugin that makes every content body safe, registered last among the user
 * plugins in `astro.config.mjs`. It runs once per document after the tree is built, replaces
 * the whole tree with its cleaned copy: `.md` through the HTML allowlist, `.mdx` through the
 * MDX rules (only the project's components, no code).
 */
export const satteriSanitizer: HastPluginDefinition = {
  name: 'trangxa-sanitize',
  after(root, ctx) {
    const tree = root as Root;
    ctx.replaceNode(root, ctx.sourceFormat === 'mdx' ? cleanMdxTree(tree) : sanitizeHtmlTree(tree));
  },
};
