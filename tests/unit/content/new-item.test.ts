import { describe, expect, test } from 'vitest';
import { asciiSlug } from '../../../src/lib/content/ascii-slug.ts';
import { newItemPath } from '../../../src/lib/content/new-item.ts';

describe('file names from Vietnamese titles are ASCII', () => {
  test.each([
    ['Hội nghị triển khai nhiệm vụ năm 2026', 'hoi-nghi-trien-khai-nhiem-vu-nam-2026'],
    ['Đường Buôn Ken được đổ bê tông', 'duong-buon-ken-duoc-do-be-tong'],
    ['Thông báo: lịch tiếp công dân (quý I/2026)!', 'thong-bao-lich-tiep-cong-dan-quy-i-2026'],
    ['Hội nghị'.normalize('NFD'), 'hoi-nghi'],
    ["Ksor H'Lan nhận giấy khen", 'ksor-h-lan-nhan-giay-khen'],
  ])('%s → %s', (title, slug) => {
    expect(asciiSlug(title)).toBe(slug);
  });

  test('a long title is cut at a word boundary', () => {
    expect(asciiSlug('một hai ba bốn năm sáu', 12)).toBe('mot-hai-ba');
  });
});

describe('where npm run new puts an item', () => {
  test.each([
    ['tin-tuc', 'tin-tuc/2026/hop-dan.md'],
    ['van-ban', 'van-ban/2026/hop-dan.md'],
    ['gioi-thieu', 'gioi-thieu/hop-dan.md'],
    ['thu-tuc', 'thu-tuc/hop-dan.md'],
  ] as const)('%s → %s', (section, path) => {
    expect(newItemPath(section, 'Họp dân', '2026-03-05')).toBe(path);
  });
});
