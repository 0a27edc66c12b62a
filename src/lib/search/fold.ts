/**
 * Vietnamese without diacritics, as citizens often type it. Unicode decomposition removes tones
 * and vowel marks, but đ/Đ is a letter of its own (U+0111/U+0110) with no decomposition, so it
 * is mapped by hand.
 */
export const foldD = (text: string): string => text.replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** `Đức Bình Tây` → `Duc Binh Tay`. */
export const foldVietnamese = (text: string): string =>
  foldD(text.normalize('NFD').replace(/\p{M}/gu, '')).normalize('NFC');

/** A URL segment from Vietnamese text: `Văn hóa - Thông tin` → `van-hoa-thong-tin`. */
export const slugify = (text: string): string =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
