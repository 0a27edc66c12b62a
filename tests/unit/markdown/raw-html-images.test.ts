import { expect, test } from 'vitest';
import { isLocalImagePath } from '../../../src/lib/markdown/raw-html-images.ts';

test.each([
  ['anh.jpg', true],
  ['./ban-do.svg', true],
  ['ảnh hội nghị.png', true],
  ['https://example.gov.vn/anh.jpg', false],
  ['//cdn.example/anh.jpg', false],
  ['/anh.jpg', false],
  ['data:image/png;base64,AA', false],
  ['anh.jpg?raw', false],
  ['anh.jpg#x', false],
  ['', false],
])('%j is a file beside the item: %s', (src, expected) => {
  expect(isLocalImagePath(src)).toBe(expected);
});
