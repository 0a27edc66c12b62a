import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { contactPages, telHref } from '../../../src/lib/site/contact.ts';
import type { IntroKind } from '../../../src/lib/schemas/intro.ts';
import { commune, item } from './fixtures.ts';

const intro = (path: string, kind: IntroKind, order?: number): Item<'gioi-thieu'> => ({
  ...item('gioi-thieu', path, '2026-01-01', { kind, ...(order === undefined ? {} : { order }) }),
  title: path,
});

describe('contactPages: the pages the contact page links beside the contacts', () => {
  const paths = (items: Item[]) => {
    const found = contactPages(commune(items));
    return [found.reception?.title, found.informationRequest?.title];
  };

  test.each([
    ['neither page: no link', [intro('tong-quan', 'tong-quan')], [undefined, undefined]],
    ['the citizen-reception schedule only', [intro('lich-tiep', 'tiep-cong-dan')], ['lich-tiep', undefined]],
    ['the information-request page only', [intro('yeu-cau', 'yeu-cau-thong-tin')], [undefined, 'yeu-cau']],
    [
      'both, whatever other pages there are',
      [
        intro('tong-quan', 'tong-quan'),
        intro('yeu-cau', 'yeu-cau-thong-tin'),
        intro('lich-tiep', 'tiep-cong-dan'),
      ],
      ['lich-tiep', 'yeu-cau'],
    ],
    [
      'two pages of one kind: the first in the Giới thiệu order',
      [intro('lich-cu', 'tiep-cong-dan', 9), intro('lich-moi', 'tiep-cong-dan', 2)],
      ['lich-moi', undefined],
    ],
    [
      'a page of another section with no kind is not taken for one',
      [item('thong-bao', '2026/tiep-dan', '2026-01-01')],
      [undefined, undefined],
    ],
  ] as const)('%s', (_, items, expected) => {
    expect(paths([...items])).toEqual(expected);
  });
});

describe('telHref', () => {
  test.each([
    ['0257 3800 001', 'tel:02573800001'],
    ['+84 257.3800.001', 'tel:+842573800001'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
