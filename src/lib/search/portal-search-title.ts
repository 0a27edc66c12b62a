import { vi } from '../../i18n/vi.ts';
import type { Site } from '../content/types.ts';
import { inSentence, KINDS } from '../units/kinds.ts';
import { isArchived } from '../units/units.ts';

/** A province-level unit as the last of a commune's parents: "Tỉnh Đắk Lắk", "Thành phố Huế". */
const PROVINCE = /^(Tỉnh|Thành phố)\s/;

/**
 * The title of the portal's search page, saying whose sites it searches: "Tìm kiếm trên các trang
 * thông tin điện tử xã, phường của tỉnh Đắk Lắk". The kinds are those of the units in existence on
 * `day`, in the order a province lists them; the province is named when every unit that names one
 * names the same (a portal of two provinces, or of units without parents, names none).
 */
export function portalSearchTitle(
  listed: readonly { site: Pick<Site, 'kind' | 'parents' | 'dissolved'> }[],
  day: string,
): string {
  const current = listed.filter(({ site }) => !isArchived(site, day));
  const kinds = KINDS.filter(({ kind }) => current.some(({ site }) => site.kind === kind)).map(
    ({ one }) => one,
  );
  const provinces = new Set(
    current.map(({ site }) => site.parents.at(-1) ?? '').filter((parent) => PROVINCE.test(parent)),
  );
  const [province] = provinces.size === 1 ? [...provinces] : [];
  const of = province ? ` ${vi.search.portalTitleOf} ${lowerKind(province)}` : '';
  return `${vi.search.portalTitle} ${(kinds.length ? kinds : [KINDS[0]!.one]).join(', ')}${of}`;
}

/** "Tỉnh Đắk Lắk" → "tỉnh Đắk Lắk" inside a sentence. */
const lowerKind = (unit: string) => inSentence(unit).replace(PROVINCE, (w) => w.toLowerCase());
