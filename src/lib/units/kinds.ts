import type { UnitKind } from '../content/types.ts';

/**
 * Kinds of commune-level unit in the order a province lists them, with the words a page uses.
 * @see Luật Tổ chức chính quyền địa phương 2025 (xã, phường, đặc khu; thị trấn in older content)
 */
export const KINDS: readonly { kind: UnitKind; plural: string; one: string }[] = [
  { kind: 'xa', plural: 'Các xã', one: 'xã' },
  { kind: 'phuong', plural: 'Các phường', one: 'phường' },
  { kind: 'thi-tran', plural: 'Các thị trấn', one: 'thị trấn' },
  { kind: 'dac-khu', plural: 'Các đặc khu', one: 'đặc khu' },
];

/** "Xã Sông Hinh" → "xã Sông Hinh" inside a sentence (the kind word is lower case there). */
export const inSentence = (name: string): string =>
  name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)(?=\s)/, (w) => w.toLowerCase());
