/**
 * The royalty table: one row per commune, for each payment period its gross, tax and net,
 * then the commune's total; the last row is the district total. Two header rows: the period
 * (`scope="colgroup"`) over its three amounts (`scope="col"`).
 */
import { head, num } from '../reports/html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import type { CommuneReport, OversightReport } from './oversight-report.ts';
import { communePageFile, periodShort, ROYALTY_STATUS } from './labels.ts';
import { ZERO, type Money } from './royalties.ts';

const AMOUNTS = ['Tổng tiền', 'Thuế TNCN', 'Thực nhận'];
const money = (m: Money): string => `${num(m.gross)}${num(m.tax)}${num(m.net)}`;

/** Every commune of the report, with the district total as the last row. */
export function royaltyTable(report: OversightReport): string {
  const communes = report.communes;
  const periods = report.royaltyPeriods;
  const groups = [...periods.map(periodShort), 'Cả kỳ'];
  const header =
    `<thead><tr><th scope="col" rowspan="2">Xã</th>${groups.map((g) => `<th scope="colgroup" colspan="3">${escapeHtml(g)}</th>`).join('')}</tr>` +
    `<tr>${groups.map(() => AMOUNTS.map((a) => `<th scope="col">${a}</th>`).join('')).join('')}</tr></thead>`;
  const rows = communes.map((c) => {
    const name = `<a href="${communePageFile(c.slug)}">${escapeHtml(c.name)}</a>`;
    if (c.royalties.status !== 'ok') {
      return `<tr><th scope="row">${name}</th><td colspan="${groups.length * 3}" class="part">${escapeHtml(ROYALTY_STATUS[c.royalties.status])}</td></tr>`;
    }
    const byPeriod = new Map(c.royalties.periods.map((p) => [p.period, p]));
    return `<tr><th scope="row">${name}</th>${periods.map((p) => money(byPeriod.get(p) ?? ZERO)).join('')}${money(c.royalties.totals)}</tr>`;
  });
  const total = `<tr class="total"><th scope="row">Tổng cộng</th>${report.total.royalties.map(money).join('')}${money(report.total.royaltyTotals)}</tr>`;
  const caption = `Nhuận bút, thù lao (đồng), ${periodShort(report.period.label)}`;
  // A wide table scrolls on a narrow screen; the region is focusable so a keyboard can scroll it.
  return `<div class="scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table class="money"><caption>${escapeHtml(caption)}</caption>${header}<tbody>${rows.join('')}${total}</tbody></table></div>`;
}

/** One commune's amounts, one row per payment period, then the total. */
export function communeRoyaltyTable(report: OversightReport, c: CommuneReport): string {
  const caption = `Nhuận bút, thù lao (đồng), ${periodShort(report.period.label)}`;
  if (c.royalties.status !== 'ok')
    return `<p class="part">${escapeHtml(ROYALTY_STATUS[c.royalties.status])}.</p>`;
  const byPeriod = new Map(c.royalties.periods.map((p) => [p.period, p]));
  const rows = report.royaltyPeriods.map(
    (p) => `<tr><th scope="row">${escapeHtml(periodShort(p))}</th>${money(byPeriod.get(p) ?? ZERO)}</tr>`,
  );
  return `<table><caption>${escapeHtml(caption)}</caption>${head(['Kỳ', ...AMOUNTS])}<tbody>${rows.join('')}<tr class="total"><th scope="row">Cả kỳ</th>${money(c.royalties.totals)}</tr></tbody></table>`;
}
