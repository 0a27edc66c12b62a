/**
 * `nhuan-but-<period>.csv` for Excel: UTF-8 with a byte-order mark (without it Excel shows
 * Vietnamese as mojibake), CRLF line ends, fields quoted only when needed. Two blocks: the
 * lines, then one row per payee with the totals. Public data only: no bank account here.
 */
import { formatDay } from '../format-date.ts';
import { ROLE_LABELS, KIND_LABELS } from './labels.ts';
import type { ReportDocument } from './report-document.ts';
import { BOM, csvRow as row } from './csv-row.ts';

/** The file, a line at a time (see `writeFilesAtomically`). */
export function* renderCsv(doc: ReportDocument): Generator<string> {
  const { report } = doc;
  const genres = new Map(doc.scheme.genres.map((genre) => [genre.key, genre.label]));
  const name = (id: string) => doc.people.get(id)?.name ?? id;
  const line = (values: readonly (string | number | undefined)[]) => `${row(values)}\r\n`;
  yield BOM;
  yield line(['STT', 'Loại', 'Mã người', 'Họ và tên', 'Vai trò', 'Mã tin/bài', 'Tên tin/bài', 'Ngày đăng', 'Thể loại', 'Hệ số', 'Tỷ lệ (%)', 'Hưởng khi trong nhiệm vụ (%)', 'Số tháng', 'Giá trị 1 hệ số', 'Thành tiền']);
  for (const [index, item] of report.lines.entries()) {
    const common = [index + 1, KIND_LABELS[item.kind], item.person, name(item.person), ROLE_LABELS[item.role]] as const;
    yield item.kind === 'nhuan-but'
      ? line([...common, item.item, item.title, formatDay(item.date), genres.get(item.genre) ?? item.genre, item.coefficient,
          item.share, item.onDutyPercent, undefined, item.unitValue, item.gross])
      : line([...common, undefined, undefined, undefined, undefined, item.coefficient, undefined, undefined, item.months, item.unitValue, item.gross]);
  }
  yield '\r\n';
  yield line(['STT', 'Mã người', 'Họ và tên', 'Thành tiền', 'Thuế TNCN', 'Thực nhận']);
  for (const [index, payee] of report.payees.entries()) yield line([index + 1, payee.person, payee.name, payee.gross, payee.tax, payee.net]);
  yield line(['', '', 'Tổng cộng', report.totals.gross, report.totals.tax, report.totals.net]);
  yield line(['', '', `Bằng chữ: ${report.totals.grossInWords}`]);
}
