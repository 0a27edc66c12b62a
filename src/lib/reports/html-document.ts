/**
 * The one HTML document shell of the printable reports (the payment list, the oversight report):
 * `<html lang="vi">`, the head, the A4 page and the look of an official document, then the
 * parts every such document shares: the letterhead with the national motto, the place and date
 * line, and signature blocks. Each report adds only its own style and body.
 * @see Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính: quốc hiệu, tiêu ngữ,
 *   tên cơ quan, số ký hiệu, địa danh và thời gian, nơi nhận, chữ ký)
 */
import { escapeHtml } from '../escape-html.ts';

export interface DocumentOptions {
  title: string;
  /** A4 portrait (an official letter or report) or landscape (a wide payment list). */
  orientation: 'portrait' | 'landscape';
  /** The report's own CSS, after the shared one. */
  style?: string;
  /** Internal documents ask search engines not to index them, should they ever be served. */
  noindex?: boolean;
}

/** Printed in the fonts of official documents where installed; no web font is loaded. */
const BASE_STYLE = (orientation: DocumentOptions['orientation']) => `
@page { size: A4 ${orientation}; margin: ${orientation === 'portrait' ? '20mm 15mm 20mm 30mm' : '12mm 12mm 14mm'}; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.4; color: #000; background: #fff; margin: 0; }
main { max-width: ${orientation === 'portrait' ? '165mm' : '273mm'}; margin: 0 auto; padding: 8mm 4mm; }
@media print { main { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.letterhead { display: grid; grid-template-columns: 2fr 3fr; gap: 4mm; text-align: center; margin-bottom: 6mm; }
.letterhead p { margin: 0; }
.upper { text-transform: uppercase; }
.strong { font-weight: bold; }
.motto { font-weight: bold; }
.rule { display: block; border-top: 1px solid #000; width: 40%; margin: 1mm auto 2mm; }
.number { font-size: 13pt; }
.date-line { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 0; text-transform: uppercase; }
.subtitle { text-align: center; margin: 1mm 0 5mm; font-weight: bold; }
table { border-collapse: collapse; }
th, td { border: 1px solid #000; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.center { text-align: center; }
.place { break-after: avoid; text-align: right; font-style: italic; margin: 4mm 8mm 1mm 0; }
.signatures { display: grid; grid-template-columns: repeat(var(--signatures, 4), 1fr); text-align: center; break-inside: avoid; }
.signatures > div { display: flex; flex-direction: column; min-height: 42mm; }
.signatures p { margin: 0; }
.signatures .note { font-style: italic; font-size: 11pt; }
.signatures .name { margin-top: auto; font-weight: bold; }
`;

/** The document up to the start of its body: stream the body, then `closeDocument()`. */
export function openDocument(options: DocumentOptions): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(options.title)}</title>
<style>${BASE_STYLE(options.orientation)}${options.style ?? ''}</style>
</head>
<body>
<main>
`;
}

export function closeDocument(): string {
  return `
</main>
</body>
</html>
`;
}

/** A whole document around `body`. */
export const htmlDocument = (options: DocumentOptions, body: string): string => `${openDocument(options)}${body}${closeDocument()}`;

export interface Letterhead {
  /** The issuer's superior, first line, not bold ("UBND tỉnh Đắk Lắk"); absent for a top body. */
  parent?: string | undefined;
  /** The issuing body, bold. */
  body: string;
  /** "Số: 12/BC-SVHTTDL", under the body; absent on documents without a number. */
  number?: string | undefined;
  /** "Đắk Lắk, ngày 3 tháng 12 năm 2026", under the motto; absent when printed elsewhere. */
  placeAndDate?: string | undefined;
}

/** The two columns at the top of every official document: the issuer, and the national motto. */
export function letterhead(head: Letterhead): string {
  const parent = head.parent ? `<p class="upper">${escapeHtml(head.parent)}</p>` : '';
  const number = head.number ? `<p class="number">${escapeHtml(head.number)}</p>` : '';
  const date = head.placeAndDate ? `<p class="date-line">${escapeHtml(head.placeAndDate)}</p>` : '';
  return `<header class="letterhead">
<div>${parent}<p class="upper strong">${escapeHtml(head.body)}</p><span class="rule"></span>${number}</div>
<div><p class="upper strong">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="motto">Độc lập – Tự do – Hạnh phúc</p><span class="rule"></span>${date}</div>
</header>`;
}

export interface SignatureBlock {
  /** "Người lập biểu", "Giám đốc"; printed in capitals. */
  title: string;
  /** A second line under the title (a position). */
  position?: string | undefined;
  /** What the signer adds by hand. */
  note?: string | undefined;
  name?: string | undefined;
}

/** Signature blocks side by side, with room to sign above each name. */
export function signatures(blocks: readonly SignatureBlock[]): string {
  const block = (b: SignatureBlock) =>
    `<div><p class="upper strong">${escapeHtml(b.title)}</p>${b.position ? `<p>${escapeHtml(b.position)}</p>` : ''}<p class="note">${escapeHtml(b.note ?? '(Ký, ghi rõ họ tên)')}</p><p class="name">${escapeHtml(b.name ?? '')}</p></div>`;
  return `<div class="signatures" style="--signatures: ${blocks.length}">${blocks.map(block).join('')}</div>`;
}

/**
 * `2026-12-03` → `ngày 03 tháng 12 năm 2026`: a day below 10 and the months 1 and 2 take a
 * leading zero on an official document.
 * @see Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5 (địa danh và thời gian ban hành văn bản)
 */
export function officialDateVi(day: string): string {
  const [year, month, date] = day.split('-') as [string, string, string];
  const m = Number(month);
  return `ngày ${date} tháng ${m < 3 ? month : String(m)} năm ${year}`;
}
