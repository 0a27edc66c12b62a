/**
 * The page shell and the shared cells of the district report's HTML: readable on screen,
 * printable on A4 landscape, WCAG 2.1 AA (every status is a word as well as a colour; every
 * colour pair has a contrast of at least 4.5:1).
 */
import { escapeHtml } from '../escape-html.ts';

const STYLE = `
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 20px 40px; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid #0b4f8a; padding-bottom: 2px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.lead { margin: 0 0 4px; color: #333; }
nav.toc ol { columns: 2; margin: 8px 0; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #8a8a8a; padding: 3px 6px; vertical-align: top; }
thead th { background: #e8eef5; text-align: center; vertical-align: bottom; }
tbody th { text-align: left; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.center { text-align: center; }
.total th, .total td { font-weight: bold; background: #f2f2f2; }
.ok { background: #e3f1e6; color: #0d4d1c; }
.no { background: #fbe4e4; color: #7d1010; font-weight: 600; }
.part { background: #fff1cc; color: #5c3d00; font-weight: 600; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 8px; border: 1px solid #8a8a8a; }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 10px 14px; margin: 8px 0 12px; }
.multiples figure { margin: 0; border: 1px solid #c9c9c9; padding: 4px 6px; break-inside: avoid; }
.multiples figcaption { font-weight: 600; font-size: 13px; }
svg.months rect { fill: #1f5f99; }
svg.months .base { stroke: #555; stroke-width: 1; }
svg.months text { font-size: 9px; fill: #1a1a1a; font-family: inherit; }
svg.months text.v { text-anchor: middle; }
ol.actions li, ul.actions li { margin: 2px 0; }
.commune-actions { break-inside: avoid; }
.note { color: #333; font-size: 13px; }
.wide { width: 100%; }
.scroll { overflow-x: auto; }
table.money { font-size: 12px; }
table.money th, table.money td { padding: 2px 4px; }
table.money tbody th { white-space: nowrap; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  .scroll { overflow: visible; }
  table.money { font-size: 7.5pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .ok, .no, .part, thead th, .total th, .total td, svg.months rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A yes/no cell: a word and a mark as well as a colour, so it reads in grey print and to a screen reader. */
export const statusCell = (ok: boolean, yes = 'Có', no = 'Thiếu'): string =>
  ok ? `<td class="ok center">✓ ${escapeHtml(yes)}</td>` : `<td class="no center">✗ ${escapeHtml(no)}</td>`;

/** `n` of `total` met: green when all, red when none, amber between. */
export const fractionCell = (met: number, total: number): string => {
  const className = met === total ? 'ok' : met === 0 ? 'no' : 'part';
  return `<td class="${className} center">${met === total ? '✓' : '✗'} ${met}/${total}</td>`;
};

/** Score bands, for the colour and the word beside a score. */
export function scoreBand(score: number): { className: string; word: string } {
  if (score >= 80) return { className: 'ok', word: 'Đạt' };
  if (score >= 50) return { className: 'part', word: 'Còn thiếu' };
  return { className: 'no', word: 'Thiếu nhiều' };
}

export const scoreCell = (score: number, max: number): string => {
  const band = scoreBand(score);
  return `<td class="${band.className} num">${score}/${max} – ${band.word}</td>`;
};
