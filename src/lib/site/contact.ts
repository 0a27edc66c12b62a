import type { Commune, Item } from '../content/types.ts';
import { introPages } from '../sections/items.ts';

/** A `tel:` link from a phone number as editors write it (`0257 3800 001`): digits and `+` only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * The introduction pages a citizen looks for next to the commune's contacts: when and where the
 * leaders receive citizens, and how to ask for information (with its form to download). Each is
 * there only when the commune has published it; the first in the Giới thiệu order wins.
 * @see Luật Tiếp công dân 2013, Điều 13 (lịch tiếp công dân được công khai)
 * @see Luật Tiếp cận thông tin 2016, Điều 24; Nghị định 13/2018/NĐ-CP, Mẫu số 01a (phiếu yêu cầu)
 */
export interface ContactPages {
  reception?: Item<'gioi-thieu'>;
  informationRequest?: Item<'gioi-thieu'>;
}

export function contactPages(commune: Commune): ContactPages {
  const pages = introPages(commune);
  const reception = pages.find((page) => page.data.kind === 'tiep-cong-dan');
  const informationRequest = pages.find((page) => page.data.kind === 'yeu-cau-thong-tin');
  return { ...(reception ? { reception } : {}), ...(informationRequest ? { informationRequest } : {}) };
}
