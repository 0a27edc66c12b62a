import { describe, expect, test } from 'vitest';
import {
  addTwins,
  addTwinsToHtml,
  removeTwins,
  restoreLeadingTwin,
} from '../../../src/lib/search/d-twins.ts';
import { foldVietnamese, slugify } from '../../../src/lib/search/fold.ts';

describe('folding Vietnamese', () => {
  test.each([
    ['Đức Bình Tây', 'Duc Binh Tay'],
    ['đường đất đai', 'duong dat dai'],
    ['Sông Hinh', 'Song Hinh'],
    ['Ea Trol', 'Ea Trol'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  test('a slug is lowercase ASCII with hyphens', () => {
    expect(slugify('UBND huyện Sông Hinh')).toBe('ubnd-huyen-song-hinh');
    expect(slugify('Văn hóa - Thông tin')).toBe('van-hoa-thong-tin');
  });
});

describe('d-twins for the search index', () => {
  test('a word with đ gets its folded twin right after it; other words are left alone', () => {
    expect(addTwins('Xã Đức Bình, đường liên thôn.')).toBe('Xã Đức Duc Bình, đường duong liên thôn.');
  });

  test('only text between tags changes, never tags or attributes', () => {
    expect(addTwinsToHtml('<p title="Đức">Đắk Lắk</p>')).toBe('<p title="Đức">Đắk Dak Lắk</p>');
  });

  test.each([
    ['Xã Đức Bình, đường liên thôn.'],
    ['Đất đai, điện lực và Đắk Lắk'],
    ['Không có chữ đ hoa nào'],
  ])('removeTwins undoes addTwins: %s', (text) => {
    expect(removeTwins(addTwins(text))).toBe(text);
  });

  test.each([
    ['<mark>Đức</mark> <mark>Duc</mark> Bình', '<mark>Đức</mark> Bình'],
    ['sửa đường <mark>duong</mark> giao thông', 'sửa <mark>đường</mark> giao thông'],
    ['<mark>đất</mark> dat đai dai.', '<mark>đất</mark> đai.'],
  ])('a highlighted twin moves its highlight to the word: %s', (excerpt, clean) => {
    expect(removeTwins(excerpt)).toBe(clean);
  });

  test('a following word that is not the twin stays', () => {
    expect(removeTwins('Đức Dục')).toBe('Đức Dục');
  });

  test.each([
    ['Duc Bình Tây và xã Mẫu', 'Xã Đức Duc Bình Tây và xã Mẫu cùng', 'Đức Bình Tây và xã Mẫu'],
    ['<mark>Duc</mark> Bình Tây', 'Xã Đức Duc Bình Tây', '<mark>Đức</mark> Bình Tây'],
    ['Dat, đai dai sửa đổi', 'Luật Đất Dat, đai dai sửa đổi doi', 'Đất, đai dai sửa đổi'],
  ])('an excerpt cut between a word and its twin begins with the word: %s', (excerpt, content, restored) => {
    expect(restoreLeadingTwin(excerpt, content)).toBe(restored);
  });

  test.each([
    ['do UBND xã tổ chức', 'Hội nghị do UBND xã tổ chức'],
    ['Bình Tây và xã', 'Xã Đức Duc Bình Tây và xã'],
    ['Dong chí', 'xã Đức Dong chí'],
  ])('an excerpt that does not begin with a twin is left alone: %s', (excerpt, content) => {
    expect(restoreLeadingTwin(excerpt, content)).toBe(excerpt);
  });
});
