/**
 * Items per month as a small inline SVG bar chart, one per commune, all on the same scale so
 * that communes compare at a glance (small multiples). No script, no external file. The chart
 * is an image with a text alternative listing every number; the same numbers are in a table.
 */
import { escapeHtml } from '../escape-html.ts';

export interface MonthCount {
  month: string;
  items: number;
}

const WIDTH = 240;
const HEIGHT = 96;
const TOP = 14;
const BOTTOM = 16;
const SIDE = 4;

/** `2026-03` → `03/2026`. */
export const monthVi = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The text alternative: every month and its count. */
export const monthsInWords = (months: readonly MonthCount[]): string =>
  months.map((m) => `tháng ${monthVi(m.month)}: ${m.items}`).join('; ');

/**
 * @param id unique in the page, for the title and description references
 * @param scale the largest count across every chart shown together (at least 1)
 */
export function monthChart(id: string, name: string, months: readonly MonthCount[], scale: number): string {
  const slot = (WIDTH - 2 * SIDE) / months.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const bars = months.map((m, index) => {
    const x = SIDE + index * slot;
    const height = m.items === 0 ? 0 : Math.max(1.5, (m.items / Math.max(scale, 1)) * plot);
    const y = TOP + plot - height;
    const value = `<text x="${(x + slot / 2).toFixed(1)}" y="${(y - 2).toFixed(1)}" class="v">${m.items}</text>`;
    return `<rect x="${(x + 1.5).toFixed(1)}" y="${y.toFixed(1)}" width="${(slot - 3).toFixed(1)}" height="${height.toFixed(1)}"/>${value}`;
  });
  const first = months[0];
  const last = months.at(-1);
  const axis =
    first && last
      ? `<text x="${SIDE}" y="${HEIGHT - 3}" class="a" text-anchor="start">${monthVi(first.month)}</text><text x="${WIDTH - SIDE}" y="${HEIGHT - 3}" class="a" text-anchor="end">${monthVi(last.month)}</text>`
      : '';
  return (
    `<svg class="months" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">Số tin, bài đăng mỗi tháng – ${escapeHtml(name)}</title><desc id="${id}-d">${escapeHtml(monthsInWords(months))}</desc>` +
    `<line x1="${SIDE}" x2="${WIDTH - SIDE}" y1="${TOP + plot}" y2="${TOP + plot}" class="base"/>${bars.join('')}${axis}</svg>`
  );
}
