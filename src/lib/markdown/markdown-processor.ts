import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './heading-ids.ts';
import { rawHtmlImages } from './raw-html-images.ts';
import { satteriSanitizer } from './satteri-sanitizer.ts';
import { tableRegion } from './table-region.ts';
import { templateIds } from './template-ids.ts';

/**
 * The Markdown processor of every content body (`markdown.processor` in astro.config.mjs):
 * Astro's default Sätteri, with raw HTML parsed into real elements (`rawHtml`) so that the
 * sanitiser sees every tag instead of passing opaque HTML through, and footnotes in Vietnamese.
 * The same options reach `.mdx` bodies through `@astrojs/mdx`. Tables are wrapped in a scrolling
 * region after sanitising (table-region.ts), so the wrapper's attributes are ours, not an editor's.
 * Headings get ids that never repeat one the templates give their own elements (heading-ids.ts).
 * A raw HTML `<img>` of a file beside the item is published like a Markdown image (raw-html-images.ts).
 */
export const markdownProcessor = () =>
  satteri({
    features: {
      rawHtml: true,
      gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ chú thích {reference}' } },
    },
    hastPlugins: [satteriSanitizer, rawHtmlImages, tableRegion, headingIds(templateIds())],
  });
