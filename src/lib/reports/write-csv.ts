/**
 * `nhuan-but-<period>.csv` for Excel: UTF-8 with a byte-order mark (without it Excel shows
 * Vietnamese as mojibake), CRLF line ends, fields quoted only when needed. First the list's
 * status (DỰ THẢO or its number) and warnings, then the lines, then one row per payee with the
 * totals. Public data only: no bank account here.
 */
import { formatDay } from '../format-date.ts';
import { KIND_LABELS, ROLE_LABELS, monthLabel } from './labels.ts';
import { genreLabel, statusLine, type ReportDocument } from './report-document.ts';
import { BOM, csvRow as row } from './csv-row.ts';

const line = (values: readonly (string | number | undefined)[]) => `${row(values)}\r\n`;

function* heading(doc: ReportDocument): Generator<string> {
  yield line([statusLine(doc.report), `Bảng kê chi trả nhuận bút, thù lao – ${doc.site.name} – kỳ ${doc.period.label}`, 'Đơn vị tính: đồng']);
  for (const warning of doc.report.warnings) yield line(['Lưu ý', warning]);
  yield '\r\n';
}

/** The file, a line at a time (see `writeFilesAtomically`). */
export function* renderCsv(doc: ReportDocument): Generator<string> {
  const { report } = doc;
  const name = (id: string) => doc.people.get(id)?.name ?? id;
  yield BOM;
  yield* heading(doc);
  yield line(['STT', 'Loại', 'Mã người', 'Họ và tên', 'Vai trò', 'Mã tin/bài', 'Tên tin/bài', 'Ngày đăng', 'Thể loại', 'Hệ số', 'Cộng thêm (%)', 'Tỷ lệ (%)', 'Hưởng theo vai trò (%)', 'Hưởng khi trong nhiệm vụ (%)', 'Từ tháng', 'Đến tháng', 'Số tháng', 'Giá trị 1 hệ số', 'Thành tiền']);
  for (const [index, item] of report.lines.entries()) {
    const common = [index + 1, KIND_LABELS[item.kind], item.person, name(item.person), ROLE_LABELS[item.role]] as const;
    yield item.kind === 'nhuan-but'
      ? line([...common, item.item, item.title, formatDay(item.date), genreLabel(doc, item.genre), item.coefficient,
          item.bonusPercent, item.share, item.rolePercent, item.onDutyPercent, undefined, undefined, undefined, item.unitValue, item.gross])
      : line([...common, undefined, undefined, undefined, undefined, item.coefficient, undefined, undefined, undefined, undefined,
          monthLabel(item.from), monthLabel(item.to), item.months, item.unitValue, item.gross]);
  }
  yield '\r\n';
  yield line(['STT', 'Mã người', 'Họ và tên', 'Thành tiền', 'Thuế TNCN', 'Thực nhận']);
  for (const [index, payee] of report.payees.entries()) yield line([index + 1, payee.person, payee.name, payee.gross, payee.tax, payee.net]);
  yield line(['', '', 'Tổng cộng', report.totals.gross, report.totals.tax, report.totals.net]);
  yield line(['', '', `Tổng số tiền bằng chữ: ${report.totals.grossInWords}`]);
  yield line(['', '', `Thực nhận bằng chữ: ${report.totals.netInWords}`]);
}

/**
 * `thu-nhap-can-bo-<period>.csv`: each staff member's nhuận bút and thù lao of the period, for
 * the payroll that withholds their tax with their wages.
 */
export function* renderStaffCsv(doc: ReportDocument): Generator<string> {
  yield BOM;
  yield* heading(doc);
  yield line(['STT', 'Mã người', 'Họ và tên', 'Chức vụ', 'Nhuận bút', 'Thù lao', 'Cộng']);
  for (const [index, staff] of doc.staff.entries()) yield line([index + 1, staff.person, staff.name, staff.title ?? '', staff.royalties, staff.remuneration, staff.total]);
  const sum = (key: 'royalties' | 'remuneration' | 'total') => doc.staff.reduce((total, staff) => total + staff[key], 0);
  yield line(['', '', 'Tổng cộng', '', sum('royalties'), sum('remuneration'), sum('total')]);
}
