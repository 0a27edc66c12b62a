import type { Item } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';

/**
 * In the dev preview, drafts and scheduled items are shown so editors can check them; each
 * carries a visible marker. A real build never contains them (collections.ts leaves them out).
 */
export type ItemStatus = 'draft' | 'scheduled' | 'published';

export function itemStatus(item: Item, now: Date): ItemStatus {
  if (item.draft) return 'draft';
  return isPublished(item, now) ? 'published' : 'scheduled';
}
