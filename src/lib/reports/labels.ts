/** Vietnamese labels of the codes that appear on payment lists: the site's own, from vi.ts. */
import { vi } from '../../i18n/vi.ts';
import type { BoardRole, CreditRole } from '../content/types.ts';

export const ROLE_LABELS: Record<CreditRole | BoardRole, string> = { ...vi.creditRoles, ...vi.boardRoles };

export const KIND_LABELS = { 'nhuan-but': 'Nhuận bút', 'thu-lao': 'Thù lao' } as const;

/** A role code as printed; a code that is not a role is printed as written. */
export const roleLabel = (role: string): string => ROLE_LABELS[role as CreditRole | BoardRole] ?? role;

/** `2022-03-31` → `ngày 31 tháng 3 năm 2022`, as under a signed document. */
export function dayInWordsVi(day: string): string {
  const [year, month, date] = day.split('-');
  return `ngày ${date} tháng ${Number(month)} năm ${year}`;
}

/** `2024-07` → `07/2024`. */
export const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
