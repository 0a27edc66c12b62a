/**
 * What a board needs for its periodic report: each person's items, roles and gross, and the
 * published items counted by category and by genre.
 */
import type { RoyaltyScheme } from '../content/types.ts';
import { categoryLabel } from '../sections/category-label.ts';
import type { DatedItem } from './input.ts';
import type { RoyaltyReport } from './report.ts';

export interface AuthorSummary {
  person: string;
  name: string;
  /** Distinct items credited to the person in the period (thù lao counts none). */
  items: number;
  /** Credit and board roles, in order of first appearance. */
  roles: string[];
  gross: number;
}

export interface CountRow {
  /** Category or genre code; '' for news without a category. */
  key: string;
  label: string;
  items: number;
}

export interface RoyaltySummary {
  authors: AuthorSummary[];
  /** Published news of the period by `category`. */
  byCategory: CountRow[];
  /** Items earning royalty in the period by genre, in the scheme's order. */
  byGenre: (CountRow & { gross: number })[];
}

const byKey = (a: CountRow, b: CountRow): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** @param published every published item of the period, with or without royalty */
export function summarize(
  report: RoyaltyReport,
  published: readonly DatedItem[],
  schemes: readonly RoyaltyScheme[],
): RoyaltySummary {
  const linesOf = Map.groupBy(report.lines, (line) => line.person);
  const authors = report.payees.map((payee): AuthorSummary => {
    const lines = linesOf.get(payee.person) ?? [];
    const items = new Set(lines.flatMap((line) => (line.kind === 'nhuan-but' ? [line.item] : [])));
    return {
      person: payee.person,
      name: payee.name,
      items: items.size,
      roles: [...new Set(lines.map((line) => line.role))],
      gross: payee.gross,
    };
  });

  const categories = new Map<string, number>();
  for (const item of published) {
    if (item.section !== 'tin-tuc') continue;
    const category = item.data.category ?? '';
    categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  const byCategory = [...categories]
    .map(([key, items]) => ({ key, label: key === '' ? 'Chưa phân loại' : categoryLabel(key), items }))
    .toSorted(byKey);

  const royaltyLines = report.lines.filter((line) => line.kind === 'nhuan-but');
  const linesOfGenre = Map.groupBy(royaltyLines, (line) => line.genre);
  const genres = [
    ...new Map(schemes.flatMap((scheme) => scheme.genres).map((genre) => [genre.key, genre])).values(),
  ];
  const byGenre = genres.flatMap((genre) => {
    const lines = linesOfGenre.get(genre.key) ?? [];
    const items = new Set(lines.map((line) => line.item));
    if (items.size === 0) return [];
    return [
      {
        key: genre.key,
        label: genre.label,
        items: items.size,
        gross: lines.reduce((sum, line) => sum + line.gross, 0),
      },
    ];
  });
  return { authors, byCategory, byGenre };
}
