import { SECTIONS, type DataOf, type Section } from '../sections/registry.ts';
import type { Item, ItemFrontmatter } from './types.ts';

/**
 * Builds the plain `Item` shared by every module from a section's validated frontmatter. Used
 * both by the loader and by the Astro side, so the two agree on dates and paths.
 */
export function toItem<S extends Section>(commune: string, section: S, path: string, file: string, data: DataOf<S>): Item<S> {
  // Every section's schema has the fields of `itemBase` (schemas/news.ts).
  const common: ItemFrontmatter = data as DataOf<Section>;
  // TypeScript does not tie `section` to `data` inside a union (microsoft/TypeScript#30581);
  // the signature does for every caller.
  const item = { commune, section, path, file, title: common.title, draft: common.draft, credits: common.credits, data } as Item<S>;
  const date = SECTIONS[section].date(data);
  if (date) item.date = date;
  if (common.summary !== undefined) item.summary = common.summary;
  if (common.royalty) item.royalty = common.royalty;
  return item;
}

/** Published: not a draft, and dated on or before the clock. */
export const isPublished = (item: Item, now: Date): boolean =>
  !item.draft && (item.date === undefined || item.date.instant.getTime() <= now.getTime());
