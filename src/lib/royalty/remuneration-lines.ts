/**
 * Thù lao for the editorial board, month by month: a member earns for a month when, on its
 * last day, they serve on the board in office in a role the scheme in force pays, at that day's
 * unit value. A run of months with the same role, coefficient and unit value is one line.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 7
 * @see Nghị định 18/2014/NĐ-CP, Điều 6 and Điều 8 (who is paid thù lao; its fund cap)
 */
import type { BaseSalaryEntry, BoardRole, EditorialBoard, RoyaltyScheme } from '../content/types.ts';
import { fromNumber, multiply, roundHalfUp, toNumber, type Fraction } from './fraction.ts';
import { membersOn } from './in-force.ts';
import type { Month } from './period.ts';
import type { RemunerationLine } from './report.ts';
import { unitValueOn } from './unit-value.ts';

export interface RemunerationInput {
  /** The months to pay: those of the period whose last day the clock (and the commune) has reached. */
  months: readonly Month[];
  schemeOn: (day: string) => RoyaltyScheme | undefined;
  board: EditorialBoard | undefined;
  baseSalary: readonly BaseSalaryEntry[];
}

/** One member's month: what makes a run, and what it is worth. */
interface MonthPay {
  person: string;
  role: BoardRole;
  coefficient: number;
  unit: Fraction;
  scheme: RoyaltyScheme;
  month: string;
}

const sameRun = (a: MonthPay, b: MonthPay): boolean =>
  a.role === b.role &&
  a.coefficient === b.coefficient &&
  a.unit.n === b.unit.n &&
  a.unit.d === b.unit.d &&
  a.scheme === b.scheme;

/** Every member's paid months, in month order then the board's member order. */
export function monthPays(
  input: RemunerationInput,
  baseSalaries: Set<BaseSalaryEntry>,
  schemes: Set<RoyaltyScheme>,
): MonthPay[] {
  return input.months.flatMap((month) => {
    const scheme = input.schemeOn(month.lastDay);
    const monthly = scheme?.remuneration?.monthly;
    if (!scheme || !monthly) return [];
    const paid = membersOn(input.board, month.lastDay).filter((member) => monthly[member.role] !== undefined);
    if (paid.length === 0) return [];
    const unit = unitValueOn(scheme, input.baseSalary, month.lastDay);
    if (!unit) throw new Error(`validate first: no base salary on ${month.lastDay}`);
    if (unit.baseSalary) baseSalaries.add(unit.baseSalary);
    schemes.add(scheme);
    return paid.map((member) => ({
      person: member.person,
      role: member.role,
      coefficient: monthly[member.role]!,
      unit: unit.value,
      scheme,
      month: month.label,
    }));
  });
}

/** gross = coefficient × u × months, rounded half-up to the scheme's `rounding`. */
export const runGross = (coefficient: number, unit: Fraction, months: number, rounding: number): number =>
  roundHalfUp(multiply(fromNumber(coefficient), unit, months), rounding);

export function remunerationLines(input: RemunerationInput): {
  lines: RemunerationLine[];
  baseSalaries: Set<BaseSalaryEntry>;
  schemes: Set<RoyaltyScheme>;
} {
  const baseSalaries = new Set<BaseSalaryEntry>();
  const schemes = new Set<RoyaltyScheme>();
  const runs: { first: MonthPay; last: MonthPay; months: number }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  const monthIndex = new Map(input.months.map((month, i) => [month.label, i]));
  for (const pay of monthPays(input, baseSalaries, schemes)) {
    const run = open.get(pay.person);
    const next =
      run && monthIndex.get(run.last.month)! + 1 === monthIndex.get(pay.month) && sameRun(run.last, pay);
    if (run && next) {
      run.last = pay;
      run.months += 1;
    } else {
      const started = { first: pay, last: pay, months: 1 };
      runs.push(started);
      open.set(pay.person, started);
    }
  }
  const lines = runs.map(({ first, last, months }): RemunerationLine => ({
    kind: 'thu-lao',
    person: first.person,
    role: first.role,
    coefficient: first.coefficient,
    months,
    from: first.month,
    to: last.month,
    unitValue: toNumber(first.unit),
    gross: runGross(first.coefficient, first.unit, months, first.scheme.rounding),
  }));
  return { lines, baseSalaries, schemes };
}
