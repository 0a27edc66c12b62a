import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * A path to a file of the content folder: not an address (scheme, `//`, from the root), and no
 * `?` or `#`, which the bundler would read as an instruction (`?raw`) rather than a file name.
 */
export function isLocalImagePath(src: string): boolean {
  return src !== '' && !src.startsWith('/') && !/[?#]/.test(src) && !/^[a-z][a-z0-9+.-]*:/i.test(src);
}

/** What Astro's Markdown processor keeps for the page while rendering (its `ctx.data.astro`). */
interface AstroData {
  localImagePaths?: Set<string>;
}

/**
 * An image beside the item that an editor wrote in raw HTML (`<img src="ban-do.svg" alt="…">`)
 * goes through Astro's image pipeline like `![…](./ban-do.svg)`: Astro only collects the
 * Markdown syntax, so without this the page kept `src="ban-do.svg"`, a file the build never
 * publishes (a broken image), and the picture was never resized for phones. Runs after the
 * sanitiser and before Astro's own image marker, which reads `localImagePaths`.
 */
export const rawHtmlImages: HastPluginDefinition = {
  name: 'trangxa-raw-html-images',
  element: {
    filter: ['img'],
    visit(node: Readonly<Element>, ctx: HastVisitorContext) {
      const src = node.properties['src'];
      if (typeof src !== 'string') return;
      let path: string;
      try {
        path = decodeURI(src);
      } catch {
        return;
      }
      const astro = (ctx.data as { astro?: AstroData } | undefined)?.astro;
      if (isLocalImagePath(path)) astro?.localImagePaths?.add(path);
    },
  },
};
