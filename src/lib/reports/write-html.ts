/**
 * `nhuan-but-<period>.html`: a self-contained page that prints on A4 landscape from any
 * browser: national motto, agency, the list's number or "DỰ THẢO" (on every printed page),
 * title with period, legal basis, warnings, the list with totals in figures and words, kept on
 * one page with its last rows, place and date and the signature blocks; then the detail of every
 * line, the summary for the board's report and the staff income. Pages are numbered "Trang x/y".
 * @see domain brief, "Payment list (bảng kê chi trả nhuận bút, thù lao) in common practice"
 */
import { formatDay } from '../format-date.ts';
import { formatVnd } from '../format-vnd.ts';
import { periodInWords } from '../royalty/period.ts';
import { lineTable, payeeTables, staffTable, summaryTables } from './html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { dayInWordsVi } from './labels.ts';
import { legalBasis } from './legal-basis.ts';
import { placeName, statusLine, type ReportDocument } from './report-document.ts';

const STYLE = `
@page { size: A4 landscape; margin: 12mm 12mm 14mm;
  @bottom-center { content: "Trang " counter(page) "/" counter(pages); font: 10pt "Times New Roman", "Liberation Serif", serif; } }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
main { max-width: 273mm; margin: 0 auto; padding: 8mm 0; }
/* 1 mm each side: a collapsed table border is half outside the table, and the page would cut it. */
@media print { main { padding: 0 1mm; max-width: none; } }
.letterhead { display: grid; grid-template-columns: 2fr 3fr; text-align: center; margin-bottom: 6mm; }
.letterhead p { margin: 0; }
.upper { text-transform: uppercase; font-weight: bold; }
.motto { font-weight: bold; }
.rule { display: inline-block; border-top: 1px solid #000; width: 40%; margin-top: 1mm; }
h1 { font-size: 14pt; text-align: center; margin: 0; text-transform: uppercase; }
.subtitle { text-align: center; margin: 1mm 0 4mm; font-style: italic; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm; }
h3 { font-size: 12pt; margin: 3mm 0 1.5mm; }
.basis { margin: 0 0 3mm; padding-left: 6mm; }
.basis li { margin: 0.5mm 0; }
.warnings { border: 2px solid #b00; color: #b00; padding: 1mm 3mm; margin: 3mm 0; font-weight: bold; }
.warnings p { margin: 1mm 0; }
.status { text-align: center; font-weight: bold; margin: 0 0 2mm; }
.draft-mark { position: fixed; top: 38%; left: 0; right: 0; text-align: center; font-size: 72pt; font-weight: bold; color: rgba(176, 0, 0, 0.12); transform: rotate(-20deg); pointer-events: none; }
.unit { text-align: right; font-style: italic; margin: 0 0 1mm; }
.closing { break-inside: avoid; }
.payees { table-layout: fixed; margin-bottom: 0; }
.closing .payees { margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin-bottom: 2mm; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
.lines { table-layout: fixed; }
thead th { background: #eee; text-align: center; vertical-align: middle; font-size: 10pt; }
tbody th { font-weight: normal; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.center { text-align: center; white-space: nowrap; }
.share { text-align: right; }
.sign { width: 24mm; }
.payees tbody td { height: 9mm; }
.payees .total td { height: auto; }
thead th { white-space: normal; }
.summary-block, h3 { break-after: avoid; }
.total th, .total td { font-weight: bold; }
.total th { text-align: right; }
.words { margin: 1mm 0 4mm; }
.place { break-after: avoid; text-align: right; font-style: italic; margin: 4mm 8mm 1mm 0; }
.signatures { display: grid; grid-auto-columns: 1fr; grid-auto-flow: column; text-align: center; break-inside: avoid; }
.signatures > div { display: flex; flex-direction: column; min-height: 42mm; }
.signatures p { margin: 0; }
.signatures .note { font-style: italic; font-size: 10.5pt; }
.signatures .name { margin-top: auto; font-weight: bold; }
.appendix { break-before: page; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
`;

/** Text inside a CSS string in a <style>: no quote, backslash, newline or "<" can end it early. */
const cssString = (text: string): string => text.replace(/["\\\n<>]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);

function signatures(doc: ReportDocument): string {
  const block = (title: string, name: string, position?: string) =>
    `<div><p class="upper">${escapeHtml(title)}</p>${position ? `<p>${escapeHtml(position)}</p>` : ''}<p class="note">(Ký, ghi rõ họ tên)</p><p class="name">${escapeHtml(name)}</p></div>`;
  return `<p class="place">${escapeHtml(placeName(doc.site))}, ${dayInWordsVi(doc.madeOn)}</p>
<div class="signatures">${doc.signers.map((signer) => block(signer.title, signer.name, signer.position)).join('')}</div>`;
}

/** The page, a part at a time (see `writeFilesAtomically`). */
export function* renderHtml(doc: ReportDocument): Generator<string> {
  const { report, period, site } = doc;
  const when = `${periodInWords(period)} (từ ngày ${formatDay(period.from)} đến ngày ${formatDay(period.to)})`;
  const status = statusLine(report);
  const title = `Bảng kê chi trả nhuận bút, thù lao – ${site.name} – ${periodInWords(period)} – ${status}`;
  const warnings = report.warnings.length
    ? `<div class="warnings" role="note">${report.warnings.map((warning) => `<p>Lưu ý: ${escapeHtml(warning)}</p>`).join('')}</div>`
    : '';
  const { totals } = report;
  const words = `<p class="words"><strong>Tổng số tiền bằng chữ:</strong> <em>${escapeHtml(totals.grossInWords)}</em>.${totals.tax > 0 ? ` Thuế TNCN khấu trừ: ${escapeHtml(formatVnd(totals.tax))}.` : ''}<br><strong>Thực nhận bằng chữ:</strong> <em>${escapeHtml(totals.netInWords)}</em>.</p>`;
  yield `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}
@page { @top-right { content: "${cssString(`${status} – ${site.name} – ${period.label}`)}"; font: italic 9pt "Times New Roman", "Liberation Serif", serif; } }</style>
</head>
<body>
${report.status === 'du-thao' ? '<div class="draft-mark" aria-hidden="true">DỰ THẢO</div>\n' : ''}<main>
<header class="letterhead">
<div><p class="upper">${escapeHtml(site.agency)}</p><span class="rule"></span></div>
<div><p class="upper">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="motto">Độc lập – Tự do – Hạnh phúc</p><span class="rule"></span></div>
</header>
<p class="status">${escapeHtml(status)}</p>
<h1>Bảng kê chi trả nhuận bút, thù lao</h1>
<p class="subtitle">Trang thông tin điện tử ${escapeHtml(site.name)} – ${escapeHtml(when)}</p>
${warnings}
<ul class="basis">${legalBasis(doc).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
<h2>I. Danh sách chi trả</h2>
<p class="unit">Đơn vị tính: đồng</p>
${payeeTables(doc, `${words}\n${signatures(doc)}`)}
<section class="appendix">
<h2>II. Chi tiết nhuận bút, thù lao</h2>
<p class="unit">Đơn vị tính: đồng</p>
`;
  yield* lineTable(doc);
  yield `
<h2>III. Tổng hợp trong kỳ</h2>
${summaryTables(doc)}
<h2>IV. Nhuận bút, thù lao của cán bộ, công chức</h2>
<p>Không khấu trừ thuế tại bảng kê này: tính thuế thu nhập cá nhân cùng tiền lương. Đơn vị tính: đồng.</p>
${staffTable(doc)}
</section>
</main>
</body>
</html>
`;
}
