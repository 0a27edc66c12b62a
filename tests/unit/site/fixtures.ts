import type { Commune, Item, Person, Section } from '../../../src/lib/content/types.ts';
import type { DataOf } from '../../../src/lib/sections/registry.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

/** Small, hand-checkable communes and items for the view-logic tests. */

/** An item's frontmatter with only the fields the code under test reads. */
export const partial = <S extends Section>(data: Partial<DataOf<S>>): DataOf<S> => data as DataOf<S>;

/** An item of any section, dated `day`, with the frontmatter fields given. */
export function item<S extends Section>(
  section: S,
  path: string,
  day: string,
  data: Partial<DataOf<S>> = {},
): Item<S> {
  return {
    commune: 'xa-mau',
    section,
    path: `${section}/${path}`,
    file: `xa-mau/${section}/${path}.md`,
    title: `Tin ${path}`,
    date: parseVnDate(day)!,
    draft: false,
    credits: [{ person: 'nguyen-van-an', role: 'tac-gia' }],
    data: partial<S>(data),
  } as Item<S>;
}

export const news = (
  path: string,
  day: string,
  data: Partial<DataOf<'tin-tuc'>> = {},
  extra: Partial<Omit<Item<'tin-tuc'>, 'section' | 'data'>> = {},
): Item<'tin-tuc'> => ({
  ...item('tin-tuc', path, day, data),
  ...extra,
});

export const PEOPLE: Person[] = [
  { id: 'nguyen-van-hung', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã', staff: true },
  { id: 'tran-thi-lan', name: 'Trần Thị Lan', title: 'Công chức Văn phòng - Thống kê', staff: true },
  { id: 'nguyen-van-an', name: 'Nguyễn Văn An', penName: 'Văn An', staff: true },
  { id: 'le-van-binh', name: 'Lê Văn Bình', staff: false },
  { id: 'dinh-thi-em', name: 'Đinh Thị Em', staff: false },
  { id: 'duong-van-ba', name: 'Dương Văn Ba', staff: false },
];

export function commune(items: Item[], overrides: Partial<Commune> = {}): Commune {
  return {
    slug: 'xa-mau',
    site: {
      kind: 'xa',
      name: 'Xã Mẫu',
      agency: 'Ủy ban nhân dân xã Mẫu',
      parents: ['Huyện Sông Hinh'],
      url: 'https://xamau.example.gov.vn/',
      description: 'Trang thông tin điện tử xã Mẫu',
      responsible: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã' },
      address: 'Thôn Một',
      phone: '0257 3800 001',
      email: 'xamau@example.gov.vn',
      infoContact: { name: 'Trần Thị Lan' },
    },
    people: PEOPLE,
    board: {
      decision: { number: '45/QĐ-UBND', date: parseVnDate('2021-06-10')!, signer: 'Nguyễn Văn Hùng' },
      members: [
        { person: 'le-van-binh', role: 'thu-ky' },
        { person: 'nguyen-van-an', role: 'thanh-vien', duty: 'Viết tin' },
        { person: 'tran-thi-lan', role: 'pho-truong-ban' },
        { person: 'nguyen-van-hung', role: 'truong-ban', duty: 'Phụ trách chung' },
      ],
    },
    items,
    ...overrides,
  };
}
