import { describe, expect, test } from 'vitest';
import { notFoundBase } from '../../../src/lib/site/not-found.ts';
import { pageHead } from '../../../src/lib/site/page-head.ts';
import { itemStatus } from '../../../src/lib/site/item-status.ts';
import { commune, news } from './fixtures.ts';

const item = news(
  '2026/hoi-nghi',
  '2026-01-18',
  {},
  {
    title: 'Hội nghị',
    summary: 'Tóm tắt hội nghị.',
    credits: [
      { person: 'nguyen-van-an', role: 'tac-gia' },
      { person: 'le-van-binh', role: 'anh' },
    ],
  },
);

describe('pageHead', () => {
  test('an item page carries every Dublin Core element of TT 32/2017 with its own values', () => {
    expect(
      Object.fromEntries(
        pageHead({
          commune: commune([item]),
          title: item.title,
          href: '/xa-mau/tin-tuc/2026/hoi-nghi/',
          item,
        }).dublinCore,
      ),
    ).toEqual({
      'DC.title': 'Hội nghị',
      'DC.creator': 'Văn An; Lê Văn Bình',
      'DC.date': '2026-01-18',
      'DC.description': 'Tóm tắt hội nghị.',
      'DC.publisher': 'Ủy ban nhân dân xã Mẫu',
      'DC.identifier': 'https://xamau.example.gov.vn/tin-tuc/2026/hoi-nghi/',
      'DC.language': 'vi',
    });
  });

  test('the canonical address is under site.url, without the commune folder', () => {
    expect(pageHead({ commune: commune([]), title: 'Tin tức', href: '/xa-mau/tin-tuc/' }).canonical).toBe(
      'https://xamau.example.gov.vn/tin-tuc/',
    );
  });

  test('without site.url there is no canonical link and the identifier is the page address', () => {
    const c = commune([]);
    const { url: _, ...site } = c.site;
    const head = pageHead({ commune: { ...c, site }, title: 'Tin tức', href: '/xa-mau/tin-tuc/' });
    expect(head.canonical).toBeUndefined();
    expect(Object.fromEntries(head.dublinCore)['DC.identifier']).toBe('/xa-mau/tin-tuc/');
  });

  test.each([
    ['Tin tức', 'Tin tức | Xã Mẫu'],
    [undefined, 'Ủy ban nhân dân xã Mẫu'],
  ])('page title %s gives the document title "%s"', (title, documentTitle) => {
    expect(pageHead({ commune: commune([]), ...(title ? { title } : {}), href: '/xa-mau/' }).title).toBe(
      documentTitle,
    );
  });
});

describe('notFoundBase', () => {
  test('points at the commune root when site.url is known, where 404.html is served from', () => {
    expect(notFoundBase(commune([]))).toBe('https://xamau.example.gov.vn/');
  });
});

describe('itemStatus', () => {
  const now = new Date('2026-11-26T12:00:00+07:00');
  test.each([
    ['a draft', { draft: true }, 'draft'],
    [
      'an item dated after the clock',
      { date: { instant: new Date('2027-01-01T00:00:00+07:00'), day: '2027-01-01' } },
      'scheduled',
    ],
    ['a dated, non-draft item', {}, 'published'],
  ])('%s is %s', (_, extra, status) => {
    expect(itemStatus({ ...item, ...extra }, now)).toBe(status);
  });
});
