import { dirname, join } from 'node:path';
import { parsePeriod, type Period } from '../royalty/period.ts';
import { parseFlags } from '../cli/parse-flags.ts';
import { parseNow } from '../cli/parse-now.ts';
import { parseVnDate } from '../vn-date.ts';

export interface RoyaltyArgs {
  /** Commune slugs; empty with `--all`. */
  communes: string[];
  all: boolean;
  period: Period;
  contentDir: string;
  outDir: string;
  /** Where `<commune>/payees.yaml` live: `private/` beside the content folder by default. */
  privateDir: string;
  now: Date;
  /** The payment day, `YYYY-MM-DD`; absent: the clock's day. It chooses the tax rule. */
  paidOn: string | undefined;
  /** Record the lists as issued in private/<commune>/bang-ke-da-lap.yaml and number them. */
  issue: boolean;
}

export const ROYALTY_USAGE = `Cách dùng: npm run royalties -- --commune <mã xã> --period <2022-01 | 2022-Q1 | 2022>
  --all                 mọi xã thay cho --commune
  --content <thư mục>   thư mục nội dung (mặc định: content)
  --out <thư mục>       nơi ghi bảng kê (mặc định: reports)
  --private <thư mục>   nơi có <xã>/payees.yaml (mặc định: private cạnh thư mục nội dung)
  --now <ngày>          đồng hồ của lần chạy, ví dụ 2022-04-01, để kết quả lặp lại được
  --paid-on <ngày>      ngày chi trả (chọn quy định thuế TNCN); mặc định: ngày của đồng hồ
  --issue               lập chính thức: ghi vào private/<xã>/bang-ke-da-lap.yaml và đánh số;
                        không có --issue thì bảng kê là DỰ THẢO`;

/** Reads the royalties command's flags; throws a Vietnamese message for a bad one. */
export function parseRoyaltyArgs(argv: readonly string[], clock = new Date()): RoyaltyArgs {
  const { values } = parseFlags(argv, {
    commune: { type: 'string', multiple: true, default: [] },
    all: { type: 'boolean', default: false },
    period: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'reports' },
    private: { type: 'string' },
    now: { type: 'string' },
    'paid-on': { type: 'string' },
    issue: { type: 'boolean', default: false },
  });
  const communes = values.commune.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  if (communes.length === 0 && !values.all) throw new Error(`Cần chọn xã bằng --commune <mã xã>, hoặc --all cho mọi xã.\n${ROYALTY_USAGE}`);
  if (communes.length > 0 && values.all) throw new Error('Dùng --commune hoặc --all, không dùng cả hai.');
  if (values.period === undefined) throw new Error(`Cần chọn kỳ bằng --period, ví dụ 2022-01 (tháng), 2022-Q1 (quý) hoặc 2022 (năm).\n${ROYALTY_USAGE}`);
  const period = parsePeriod(values.period);
  if (!period) throw new Error(`--period "${values.period}" không hợp lệ. Viết 2022-01 (tháng), 2022-Q1 (quý) hoặc 2022 (năm).`);
  const now = parseNow(values.now, clock);
  const paidOn = values['paid-on'] === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(values['paid-on']) ? parseVnDate(values['paid-on'])?.day : undefined;
  if (values['paid-on'] !== undefined && paidOn === undefined) throw new Error(`--paid-on "${values['paid-on']}" không phải là ngày hợp lệ. Viết dạng 2026-07-05.`);
  return {
    communes,
    all: values.all,
    period,
    contentDir: values.content,
    outDir: values.out,
    privateDir: values.private ?? join(dirname(values.content.replace(/\/+$/, '') || '.'), 'private'),
    now,
    paidOn,
    issue: values.issue,
  };
}
