import { describe, expect, test } from 'vitest';
import { categoriesOf, inCategory } from '../../../src/lib/site/categories.ts';
import { categoryLabel } from '../../../src/lib/sections/category-label.ts';
import { introPages, relatedNews } from '../../../src/lib/sections/items.ts';
import type { Item } from '../../../src/lib/content/types.ts';
import { commune, item, news } from './fixtures.ts';

const items = [
  news('2026/c', '2026-03-01', { category: 'kinh-te' }),
  news('2026/b', '2026-02-01', { category: 'nong-thon-moi' }),
  news('2026/a', '2026-01-01', { category: 'kinh-te' }),
  news('2026/x', '2025-12-01'),
];

describe('categories', () => {
  test.each([
    ['hoat-dong-lanh-dao', 'Hoạt động lãnh đạo'],
    ['van-hoa-xa-hoi', 'Văn hóa - Xã hội'],
    ['quoc-phong-an-ninh', 'Quốc phòng - An ninh'],
    ['pho-bien-phap-luat', 'Phổ biến pháp luật'],
    ['ma-moi', 'ma-moi'],
    // A valid code that names a property every object has: shown as written, not as a function.
    ['constructor', 'constructor'],
  ])('category %s reads "%s" (an unknown code is shown as written)', (code, label) => {
    expect(categoryLabel(code)).toBe(label);
  });

  test('lists every used category once with its count and page, sorted by label', () => {
    expect(categoriesOf('xa-mau', items)).toEqual([
      { code: 'kinh-te', label: 'Kinh tế', href: '/xa-mau/tin-tuc/chuyen-muc/kinh-te/', count: 2 },
      {
        code: 'nong-thon-moi',
        label: 'Nông thôn mới',
        href: '/xa-mau/tin-tuc/chuyen-muc/nong-thon-moi/',
        count: 1,
      },
    ]);
  });

  test("a category's news keep the newest-first order", () => {
    expect(inCategory(items, 'kinh-te').map((i) => i.path)).toEqual(['tin-tuc/2026/c', 'tin-tuc/2026/a']);
  });
});

describe('relatedNews', () => {
  test('offers the other news of the same category', () => {
    expect(relatedNews(items, items[2]!, 5)).toEqual({ kind: 'category', items: [items[0]] });
  });

  test('falls back to the newest other news when the category has no other item', () => {
    expect(relatedNews(items, items[1]!, 2)).toEqual({ kind: 'latest', items: [items[0], items[2]] });
  });

  test('an item without category gets the newest others', () => {
    expect(relatedNews(items, items[3]!, 5).items).toHaveLength(3);
  });
});

describe('introPages', () => {
  const page = (path: string, title: string, order?: number): Item<'gioi-thieu'> => ({
    ...item('gioi-thieu', path, '2026-01-01', order === undefined ? {} : { order }),
    title,
  });

  test('orders by `order`, then by title in Vietnamese order; unordered pages come last', () => {
    const pages = [
      page('ban-do', 'Bản đồ hành chính'),
      page('lanh-dao', 'Lãnh đạo', 2),
      page('tong-quan', 'Tổng quan', 1),
      page('dia-ly', 'Địa lý'),
      page('co-cau', 'Cơ cấu tổ chức', 2),
    ];
    expect(introPages(commune(pages)).map((p) => p.title)).toEqual([
      'Tổng quan',
      'Cơ cấu tổ chức',
      'Lãnh đạo',
      'Bản đồ hành chính',
      'Địa lý',
    ]);
  });
});
