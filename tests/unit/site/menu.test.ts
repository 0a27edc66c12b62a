import { describe, expect, test } from 'vitest';
import { menuFor } from '../../../src/lib/site/menu.ts';
import { commune, item, news } from './fixtures.ts';

describe('menuFor', () => {
  test('shows only sections that have something, and keeps Trang chủ, Tin tức and Liên hệ', () => {
    const { board: _, ...noBoard } = commune([news('2026/a', '2026-01-01')]);
    expect(menuFor(noBoard).map((l) => l.label)).toEqual(['Trang chủ', 'Tin tức', 'Liên hệ']);
  });

  test('a commune with documents, introduction and a board gets every entry, in the order of real sites', () => {
    const items = [
      news('2026/a', '2026-01-01'),
      item('van-ban', 'x', '2026-01-01'),
      item('gioi-thieu', 'y', '2026-01-01'),
    ];
    expect(menuFor(commune(items)).map((l) => l.label)).toEqual([
      'Trang chủ',
      'Giới thiệu',
      'Tin tức',
      'Văn bản',
      'Ban biên tập',
      'Liên hệ',
    ]);
  });

  test('links are root-relative under the commune and the current entry is marked', () => {
    const links = menuFor(commune([]), 'tin-tuc');
    expect(links.find((l) => l.key === 'tin-tuc')).toEqual({
      key: 'tin-tuc',
      label: 'Tin tức',
      href: '/xa-mau/tin-tuc/',
      current: true,
    });
    expect(links.filter((l) => l.current)).toHaveLength(1);
    expect(links.find((l) => l.key === 'lien-he')!.href).toBe('/xa-mau/lien-he/');
  });
});
