/**
 * The oversight report's pages: the shared document shell (reports/html-document.ts) with the
 * report's own tables and charts, readable on screen and printable on A4 portrait, WCAG 2.1 AA
 * (every status is a word as well as a colour; every colour pair has a contrast of at least 4.5:1).
 */
import { escapeHtml } from '../escape-html.ts';
import { htmlDocument } from '../reports/html-document.ts';

const STYLE = `
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; }
h3 { font-size: 13pt; margin: 4mm 0 1.5mm; }
p { margin: 1.5mm 0; text-align: justify; }
.lead { text-indent: 10mm; }
nav.toc ol { columns: 2; margin: 2mm 0; }
table { margin: 2mm 0 4mm; font-size: 10.5pt; line-height: 1.3; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; }
th, td { border-color: #555; padding: 0.8mm 1.5mm; }
thead th { background: #e8eef5; text-align: center; vertical-align: bottom; }
tbody th { text-align: left; font-weight: 600; }
.total th, .total td { font-weight: bold; background: #f2f2f2; }
.ok { background: #e3f1e6; color: #0d4d1c; }
.no { background: #fbe4e4; color: #7d1010; font-weight: 600; }
.part { background: #fff1cc; color: #5c3d00; font-weight: 600; }
.legend span { display: inline-block; padding: 0 1.5mm; margin-right: 2mm; border: 1px solid #8a8a8a; }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 2mm 3mm; margin: 2mm 0 3mm; }
.multiples figure { margin: 0; border: 1px solid #c9c9c9; padding: 1mm 1.5mm; break-inside: avoid; }
.multiples figcaption { font-weight: 600; font-size: 10.5pt; }
svg.months rect { fill: #1f5f99; }
svg.months .base { stroke: #555; stroke-width: 1; }
svg.months text { font-size: 9px; fill: #1a1a1a; font-family: inherit; }
svg.months text.v { text-anchor: middle; }
ol.actions li, ul.actions li { margin: 0.5mm 0; }
.commune-actions { break-inside: avoid; }
.note { font-size: 11.5pt; }
.wide { width: 100%; }
.scroll { overflow-x: auto; }
table.money { font-size: 9pt; }
table.money th, table.money td { padding: 0.5mm 1mm; }
table.money tbody th { white-space: nowrap; }
.unconfigured { border: 2px solid #7d1010; color: #7d1010; padding: 2mm 3mm; font-weight: bold; }
.closing { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 6mm; break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients p { margin: 0; text-align: left; }
.recipients ul { list-style: none; margin: 0; padding: 0; }
.recipients li::before { content: "- "; }
.closing .signatures > div { min-height: 38mm; }
.closing .signatures p:nth-child(2):not(.note) { text-transform: uppercase; font-weight: bold; }
.letterhead p { text-align: center; }
.appendix { break-before: page; }
@media screen and (max-width: 640px) {
  main { padding: 3mm; }
  .letterhead, .closing { grid-template-columns: 1fr; }
  nav.toc ol { columns: 1; }
}
@media print {
  body { font-size: 13pt; }
  nav.toc { display: none; }
  .scroll { overflow: visible; }
  table { font-size: 9pt; }
  table.money { font-size: 7pt; }
  .multiples { grid-template-columns: repeat(3, 1fr); }
  h2 { break-after: avoid; }
  table, figure { break-inside: auto; }
  .ok, .no, .part, thead th, .total th, .total td, svg.months rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

export function page(title: string, body: string): string {
  return htmlDocument({ title, orientation: 'portrait', style: STYLE, noindex: true }, inScrollRegions(body));
}

/**
 * Every table not yet in a scroll region gets one, labelled by its caption (already escaped):
 * on a 360 px phone a table of four columns is already wider than the screen.
 */
const inScrollRegions = (body: string): string =>
  body.replace(
    /(?<!tabindex="0">)<table([^>]*)><caption>([^<]*)<\/caption>[\s\S]*?<\/table>/g,
    (table, _attrs: string, caption: string) =>
      `<div class="scroll" role="region" aria-label="${caption}" tabindex="0">${table}</div>`,
  );

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

/**
 * A table wider than a phone scrolls inside its own region, never the page (WCAG 1.4.10);
 * the region is focusable so that a keyboard can scroll it.
 */
export const scrollRegion = (label: string, table: string): string =>
  `<div class="scroll" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${table}</div>`;
