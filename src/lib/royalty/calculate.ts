/**
 * The royalty engine: one commune, one period → the payment list. Pure: same input, same report.
 * Run `validateRoyalties` first; this function throws on input that validation rejects.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2" and "Machine-readable output"
 */
import type { BaseSalaryEntry, RoyaltyScheme, TaxRule } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { formatVnd } from '../format-vnd.ts';
import { amountInWords } from '../vietnamese-number-words.ts';
import { fundCapWarning } from './fund-cap.ts';
import { countedItems, lastCountedDay, paidMonths, schemeOnFor, type RoyaltyInput } from './input.ts';
import { payeeTotals } from './payee-totals.ts';
import { periodStatus } from './period.ts';
import { remunerationLines } from './remuneration-lines.ts';
import type { RoyaltyReport } from './report.ts';
import { royaltyLines } from './royalty-lines.ts';
import { taxRuleOn } from './tax.ts';

export interface Calculation {
  report: RoyaltyReport;
  /** The schemes the report used, oldest first, for the legal basis of the printed list. */
  schemes: RoyaltyScheme[];
  /** The base salaries the report used, oldest first. */
  baseSalaries: BaseSalaryEntry[];
  /** The tax rule in force on the payment day. */
  taxRule: TaxRule | undefined;
}

const byFrom = <T extends { from: string }>(a: T, b: T): number =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : 0;

export function calculateRoyalties(input: RoyaltyInput): Calculation {
  const schemeOn = schemeOnFor(input);
  const lastDay = lastCountedDay(input);
  const people = new Map(input.people.map((person) => [person.id, person]));
  const royalty = royaltyLines({
    schemeOn,
    items: countedItems(input),
    people,
    baseSalary: input.baseSalary,
    periodEnd:
      input.lastDay !== undefined && input.lastDay < input.period.to ? input.lastDay : input.period.to,
  });
  const remuneration = remunerationLines({
    months: paidMonths(input),
    schemeOn,
    board: input.board,
    baseSalary: input.baseSalary,
  });
  const lines = [...royalty.lines, ...remuneration.lines];
  const taxRule = taxRuleOn(input.tax, input.paidOn);
  const payees = payeeTotals(lines, people, taxRule);
  const sum = (values: readonly { gross: number }[]): number =>
    values.reduce((total, value) => total + value.gross, 0);
  const gross = sum(payees);
  const tax = payees.reduce((total, payee) => total + payee.tax, 0);
  const used = [...new Set([...royalty.schemes, ...remuneration.schemes])];
  const schemes = input.schemeRefs?.flatMap((ref) => used.filter((scheme) => scheme.id === ref.scheme)) ?? [];
  const last = schemeOn(lastDay) ?? schemes.at(-1);
  const baseSalaries = [...new Set([...royalty.baseSalaries, ...remuneration.baseSalaries])].toSorted(byFrom);
  const warnings = reportWarnings(input, {
    schemes,
    baseSalaries,
    taxRule,
    last,
    royalties: sum(royalty.lines),
    remuneration: sum(remuneration.lines),
    usesTax: payees.length > 0,
  });
  const report: RoyaltyReport = {
    commune: input.commune,
    period: { label: input.period.label, from: input.period.from, to: input.period.to },
    partial: periodStatus(input.period, input.today) === 'partial' || lastDay < input.period.to,
    paidOn: input.paidOn,
    scheme: last?.id ?? input.schemeRefs?.at(-1)?.scheme ?? '',
    ...(schemes.length > 1 ? { schemes: schemes.map((scheme) => scheme.id) } : {}),
    status: 'du-thao',
    lines,
    payees,
    totals: {
      gross,
      tax,
      net: gross - tax,
      grossInWords: amountInWords(gross),
      netInWords: amountInWords(gross - tax),
    },
    warnings,
  };
  return { report, schemes, baseSalaries, taxRule };
}

interface Used {
  schemes: RoyaltyScheme[];
  baseSalaries: BaseSalaryEntry[];
  taxRule: TaxRule | undefined;
  last: RoyaltyScheme | undefined;
  royalties: number;
  remuneration: number;
  usesTax: boolean;
}

/**
 * Every warning the list carries, in the order an accountant reads them.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", steps 1 and 9, and `confirmed`
 */
function reportWarnings(input: RoyaltyInput, used: Used): string[] {
  const warnings: string[] = [];
  const lastDay = lastCountedDay(input);
  if (input.lastDay !== undefined && input.lastDay < input.period.to) {
    warnings.push(
      `Bảng kê chỉ tính đến ngày ${formatDay(input.lastDay)}, ngày cuối cùng đơn vị còn tồn tại.`,
    );
  } else if (lastDay < input.period.to) {
    warnings.push(
      `Kỳ chưa kết thúc: bảng kê chỉ tính tin, bài đăng đến ngày ${formatDay(lastDay)} và thù lao các tháng đã hết; phần còn lại của kỳ chưa được tính.`,
    );
  }
  for (const scheme of used.schemes) {
    if (scheme.example)
      warnings.push(
        `Quy định nhuận bút "${scheme.id}" đang dùng số liệu mẫu: thay bằng số liệu theo quyết định của tỉnh trước khi chi trả.`,
      );
  }
  for (const entry of used.baseSalaries) {
    if (entry.confirmed === false)
      warnings.push(
        `Mức lương cơ sở ${formatVnd(entry.amount)} từ ngày ${formatDay(entry.from)} (${entry.basis}) chưa được đối chiếu với văn bản gốc.`,
      );
  }
  if (used.usesTax && used.taxRule?.confirmed === false) {
    warnings.push(
      `Quy định khấu trừ thuế TNCN từ ngày ${formatDay(used.taxRule.from)} (${used.taxRule.basis}) chưa được đối chiếu với văn bản gốc.`,
    );
  }
  const cap = fundCapWarning(
    used.royalties,
    used.remuneration,
    used.last?.remuneration?.capPercentOfRoyalties,
  );
  if (cap) warnings.push(cap);
  return warnings;
}
