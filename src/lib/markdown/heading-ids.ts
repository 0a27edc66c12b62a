import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

/**
 * The fixed ids a template gives its own elements (`id="noi-dung"`, the skip link's target),
 * read from its source. An id computed in a template (`id={id}`) is not seen here: it is passed
 * in as a literal by the template that uses the component (`<SearchForm id="q-header" />`).
 */
export function idsInTemplate(source: string): string[] {
  return [...source.matchAll(/(?<![\w-])id="([^"{}]+)"/g)].map((match) => match[1]!);
}

/**
 * Gives every heading of a body its id before Astro's heading-id step does (that step keeps an
 * id it finds), with the same slugs (github-slugger over the heading's text, in document order),
 * except that a slug one of the page's own elements has gets a suffix: "Lien he" → `lien-he-1`.
 * Without it a heading written without accents, "## Lien he" or "## Noi dung", repeats the id
 * of the footer or of the skip link's target: invalid HTML, and the footer's
 * `aria-labelledby="lien-he"` would name it after the article's heading. Accented headings,
 * "Liên hệ" → `liên-hệ`, keep the id Astro gives them, so links to them hold.
 */
export const headingIds =
  (pageIds: Iterable<string>): HastPluginEntry =>
  () => {
    const slugger = new GithubSlugger();
    for (const id of pageIds) slugger.slug(id);
    const plugin: HastPluginDefinition = {
      name: 'trangxa-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: Readonly<Element>, ctx) {
          if (typeof node.properties['id'] === 'string') return;
          ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
        },
      },
    };
    return plugin;
  };
