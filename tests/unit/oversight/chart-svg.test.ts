import { expect, test } from 'vitest';
import { monthChart } from '../../../src/lib/oversight/chart-svg.ts';

const months = [
  { month: '2026-10', items: 3 },
  { month: '2026-11', items: 0 },
];

test('the chart is an image whose text alternative gives every month and count', () => {
  const svg = monthChart('c1', 'Xã <Mẫu>', months, 3);
  expect(svg).toContain('role="img" aria-labelledby="c1-t c1-d"');
  expect(svg).toContain('<title id="c1-t">Số tin, bài đăng mỗi tháng – Xã &lt;Mẫu&gt;</title>');
  expect(svg).toContain('<desc id="c1-d">tháng 10/2026: 3; tháng 11/2026: 0</desc>');
});

test('bars share the scale given: a month at the scale fills the plot, an empty month has no height', () => {
  const svg = monthChart('c', 'X', months, 6);
  const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(heights).toEqual([33, 0]);
});
