import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What raw HTML an editor may write in Markdown: GitHub's allowlist (`hast-util-sanitize`'s
 * default schema), plus video iframes (their host is checked in `sanitize-html-tree.ts`) and
 * `figure`/`figcaption` for captioned photos. Everything not listed is removed: `script`,
 * `style`, event handlers (`onclick`…), `style` attributes, forms, and `javascript:` or `data:`
 * addresses (only `http`, `https`, `mailto`, `tel` and relative links survive). Comments are
 * dropped: an editor's note to a colleague must not reach citizens.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'iframe', 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    iframe: ['src', 'width', 'height', 'title', 'allowFullScreen', 'loading'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  // Removed with their content, not only their tags: their text is code or hidden markup.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'xmp'],
  allowComments: false,
  allowDoctypes: false,
};
