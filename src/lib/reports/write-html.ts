/**
 * `nhuan-but-<period>.html`: a self-contained page that prints on A4 landscape from any
 * browser: national motto, agency, title with period, legal basis, base salary and unit value,
 * the list with totals in figures and words, place and date, four signature blocks, then the
 * detail of every line and the summary for the board's report.
 * @see domain brief, "Payment list (bảng kê chi trả nhuận bút, thù lao) in common practice"
 */
import { formatDay } from '../format-date.ts';
import { formatNumber, formatPercent, formatVnd } from '../format-vnd.ts';
import { percentOf } from '../royalty/decimal.ts';
import { periodInWords } from '../royalty/period.ts';
import { lineTable, payeeTable, summaryTables } from './html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { dayInWordsVi } from './labels.ts';
import { placeName, type ReportDocument } from './report-document.ts';

const STYLE = `
@page { size: A4 landscape; margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
main { max-width: 273mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
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
.example { border: 2px solid #b00; color: #b00; padding: 2mm 3mm; margin: 3mm 0; font-weight: bold; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin-bottom: 2mm; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
.lines { table-layout: fixed; }
thead th { background: #eee; text-align: center; vertical-align: middle; font-size: 10pt; }
tbody th { font-weight: normal; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.center { text-align: center; white-space: nowrap; }
.sign { width: 24mm; }
.payees tbody td { height: 9mm; }
.payees .total td { height: auto; }
thead th { white-space: normal; }
.summary-block, h3 { break-after: avoid; }
.total th, .total td { font-weight: bold; }
.total th { text-align: right; }
.words { margin: 1mm 0 4mm; }
.place { break-after: avoid; text-align: right; font-style: italic; margin: 4mm 8mm 1mm 0; }
.signatures { display: grid; grid-template-columns: repeat(4, 1fr); text-align: center; break-inside: avoid; }
.signatures > div { display: flex; flex-direction: column; min-height: 42mm; }
.signatures p { margin: 0; }
.signatures .note { font-style: italic; font-size: 10.5pt; }
.signatures .name { margin-top: auto; font-weight: bold; }
.appendix { break-before: page; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
`;

function basis(doc: ReportDocument): string {
  const { scheme, baseSalaries, taxRule } = doc;
  const items = [`Căn cứ ${escapeHtml(scheme.basis)} (${escapeHtml(scheme.title)}).`];
  if ('fixed' in scheme.unitValue) {
    items.push(`Giá trị một đơn vị hệ số: <strong>${formatVnd(scheme.unitValue.fixed)}</strong> (mức cố định theo quy định).`);
  } else {
    const percent = scheme.unitValue.percentOfBaseSalary;
    for (const entry of baseSalaries) {
      items.push(`Mức lương cơ sở <strong>${formatVnd(entry.amount)}</strong> từ ngày ${formatDay(entry.from)} (${escapeHtml(entry.basis)}); giá trị một đơn vị hệ số = ${formatPercent(percent)} × ${formatNumber(entry.amount)} = <strong>${formatVnd(percentOf(entry.amount, percent).toNumber())}</strong>.`);
    }
    items.push(scheme.salaryOn === 'publication' ? 'Nhuận bút tính theo mức lương cơ sở tại ngày đăng tin, bài; thù lao theo mức lương cơ sở tại ngày cuối kỳ.' : 'Nhuận bút và thù lao tính theo mức lương cơ sở tại ngày cuối kỳ.');
  }
  items.push(`Cán bộ, công chức thực hiện trong phạm vi nhiệm vụ được giao hưởng ${formatPercent(scheme.onDutyPercent)}; mỗi dòng làm tròn đến ${formatVnd(scheme.rounding)}.`);
  if (taxRule) {
    items.push(`Khấu trừ thuế TNCN ${formatPercent(taxRule.ratePercent)} đối với người không phải cán bộ, công chức của đơn vị có tổng thu nhập trong bảng kê từ ${formatVnd(taxRule.thresholdPerPayment)} trở lên (${escapeHtml(taxRule.basis)}).`);
  }
  return `<ul class="basis">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function signatures(doc: ReportDocument): string {
  const block = (title: string, name = '', position = '') =>
    `<div><p class="upper">${escapeHtml(title)}</p>${position ? `<p>${escapeHtml(position)}</p>` : ''}<p class="note">(Ký, ghi rõ họ tên)</p><p class="name">${escapeHtml(name)}</p></div>`;
  const head = doc.site.responsible;
  return `<p class="place">${escapeHtml(placeName(doc.site))}, ${dayInWordsVi(doc.madeOn)}</p>
<div class="signatures">${block('Người lập biểu')}${block('Kế toán')}${block('Trưởng Ban biên tập', doc.boardHead)}${block('Thủ trưởng đơn vị', head.name, head.title)}</div>`;
}

/** The page, a part at a time (see `writeFilesAtomically`). */
export function* renderHtml(doc: ReportDocument): Generator<string> {
  const { report, period, site } = doc;
  const when = `${periodInWords(period)} (từ ngày ${formatDay(period.from)} đến ngày ${formatDay(period.to)})`;
  const title = `Bảng kê chi trả nhuận bút, thù lao – ${site.name} – ${periodInWords(period)}`;
  const example = doc.scheme.example
    ? `<p class="example" role="note">Lưu ý: quy định nhuận bút "${escapeHtml(doc.scheme.id)}" đang dùng số liệu mẫu. Thay bằng số liệu theo quyết định của tỉnh trước khi chi trả.</p>`
    : '';
  yield `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="letterhead">
<div><p class="upper">${escapeHtml(site.agency)}</p><span class="rule"></span></div>
<div><p class="upper">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="motto">Độc lập – Tự do – Hạnh phúc</p><span class="rule"></span></div>
</header>
<h1>Bảng kê chi trả nhuận bút, thù lao</h1>
<p class="subtitle">Trang thông tin điện tử ${escapeHtml(site.name)} – ${escapeHtml(when)}</p>
${example}
${basis(doc)}
<h2>I. Danh sách chi trả</h2>
${payeeTable(doc)}
<p class="words"><strong>Tổng số tiền bằng chữ:</strong> <em>${escapeHtml(report.totals.grossInWords)}</em>.${report.totals.tax > 0 ? ` Thuế TNCN khấu trừ: ${formatVnd(report.totals.tax)}; thực nhận: ${formatVnd(report.totals.net)}.` : ''}</p>
${signatures(doc)}
<section class="appendix">
<h2>II. Chi tiết nhuận bút, thù lao</h2>
`;
  yield* lineTable(doc);
  yield `
<h2>III. Tổng hợp trong kỳ</h2>
${summaryTables(doc)}
</section>
</main>
</body>
</html>
`;
}
