import type { Credit, Item, RoyaltyBlock, Section, VnDate } from './types.ts';

/**
 * Builds the plain `Item` shared by every module from a section's validated frontmatter. Used
 * both by the loader and by the Astro side, so the two agree on dates and paths.
 */
export function toItem(commune: string, section: Section, path: string, file: string, data: Record<string, unknown>): Item {
  const item: Item = {
    commune,
    section,
    path,
    file,
    title: data['title'] as string,
    draft: (data['draft'] as boolean | undefined) ?? false,
    credits: (data['credits'] as Credit[] | undefined) ?? [],
    data,
  };
  const date = itemDate(section, data);
  if (date) item.date = date;
  if (typeof data['summary'] === 'string') item.summary = data['summary'];
  if (data['royalty']) item.royalty = data['royalty'] as RoyaltyBlock;
  return item;
}

function itemDate(section: Section, data: Record<string, unknown>): VnDate | undefined {
  if (section === 'van-ban') return (data['published'] ?? data['issued']) as VnDate;
  return data['date'] as VnDate | undefined;
}

/** Published: not a draft, and dated on or before the clock. */
export const isPublished = (item: Item, now: Date): boolean =>
  !item.draft && (item.date === undefined || item.date.instant.getTime() <= now.getTime());
