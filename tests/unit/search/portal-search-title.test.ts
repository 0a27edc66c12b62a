import { describe, expect, test } from 'vitest';
import type { Site } from '../../../src/lib/content/types.ts';
import { portalSearchTitle } from '../../../src/lib/search/portal-search-title.ts';

type Unit = Pick<Site, 'kind' | 'parents' | 'dissolved'>;
const unit = (kind: Site['kind'], parents: string[], dissolved?: string): { site: Unit } => ({
  site: {
    kind,
    parents,
    ...(dissolved ? { dissolved: { date: { day: dissolved } } as Site['dissolved'] } : {}),
  },
});
const DAK_LAK = ['Tỉnh Đắk Lắk'];

describe('the title of the portal search page says whose sites it searches', () => {
  test.each([
    [
      'communes of one province',
      [unit('xa', DAK_LAK), unit('xa', DAK_LAK)],
      'Tìm kiếm trên các trang thông tin điện tử xã của tỉnh Đắk Lắk',
    ],
    [
      'communes and wards, wards listed after communes',
      [unit('phuong', DAK_LAK), unit('xa', DAK_LAK)],
      'Tìm kiếm trên các trang thông tin điện tử xã, phường của tỉnh Đắk Lắk',
    ],
    [
      'a city under the central government',
      [unit('phuong', ['Thành phố Huế']), unit('dac-khu', ['Thành phố Huế'])],
      'Tìm kiếm trên các trang thông tin điện tử phường, đặc khu của thành phố Huế',
    ],
    [
      'an archive of a former province is not counted',
      [unit('xa', DAK_LAK), unit('thi-tran', ['Huyện Sông Hinh', 'Tỉnh Phú Yên'], '2025-07-01')],
      'Tìm kiếm trên các trang thông tin điện tử xã của tỉnh Đắk Lắk',
    ],
    [
      'two provinces: none named',
      [unit('xa', DAK_LAK), unit('xa', ['Huyện Sông Hinh', 'Tỉnh Phú Yên'])],
      'Tìm kiếm trên các trang thông tin điện tử xã',
    ],
    [
      'a unit without parents does not stop the province of the others being named',
      [unit('xa', []), unit('phuong', ['Huyện Sông Hinh', 'Tỉnh Phú Yên'])],
      'Tìm kiếm trên các trang thông tin điện tử xã, phường của tỉnh Phú Yên',
    ],
    [
      'a last parent that is not a province: none named',
      [unit('xa', ['Huyện Sông Hinh'])],
      'Tìm kiếm trên các trang thông tin điện tử xã',
    ],
  ])('%s', (_, listed, expected) => {
    expect(portalSearchTitle(listed, '2026-11-26')).toBe(expected);
  });
});
