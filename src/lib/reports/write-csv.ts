/**
 * `nhuan-but-<period>.csv` for Excel: UTF-8 with a byte-order mark (without it Excel shows
 * Vietnamese as mojibake), CRLF line ends, fields quoted only when needed. Two blocks: the
 * lines, then one row per payee with the totals. Public data only: no bank account here.
 */
import { formatDay } from '../format-date.ts';
import { ROLE_LABELS, KIND_LABELS } from './labels.ts';
import type { ReportDocument } from './report-document.ts';
import { BOM, csvRow as row } from './csv-row.ts';


export function renderCsv(doc: ReportDocument): string {
  const { report } = doc;
  const genres = new Map(doc.scheme.genres.map((genre) => [genre.key, genre.label]));
  const name = (id: string) => doc.people.get(id)?.name ?? id;
  const rows: string[] = [
    row(['STT', 'Loại', 'Mã người', 'Họ và tên', 'Vai trò', 'Mã tin/bài', 'Tên tin/bài', 'Ngày đăng', 'Thể loại', 'Hệ số', 'Tỷ lệ (%)', 'Hưởng khi trong nhiệm vụ (%)', 'Số tháng', 'Giá trị 1 hệ số', 'Thành tiền']),
  ];
  report.lines.forEach((line, index) => {
    const common = [index + 1, KIND_LABELS[line.kind], line.person, name(line.person), ROLE_LABELS[line.role]] as const;
    rows.push(
      line.kind === 'nhuan-but'
        ? row([...common, line.item, line.title, formatDay(line.date), genres.get(line.genre) ?? line.genre, line.coefficient,
            line.share, line.onDutyPercent, undefined, line.unitValue, line.gross])
        : row([...common, undefined, undefined, undefined, undefined, line.coefficient, undefined, undefined, line.months, line.unitValue, line.gross]),
    );
  });
  rows.push('', row(['STT', 'Mã người', 'Họ và tên', 'Thành tiền', 'Thuế TNCN', 'Thực nhận']));
  report.payees.forEach((payee, index) => rows.push(row([index + 1, payee.person, payee.name, payee.gross, payee.tax, payee.net])));
  rows.push(row(['', '', 'Tổng cộng', report.totals.gross, report.totals.tax, report.totals.net]));
  rows.push(row(['', '', `Bằng chữ: ${report.totals.grossInWords}`]));
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
