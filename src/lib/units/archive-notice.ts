/**
 * What every page of an archived commune says at its top: since when and into which unit it was
 * merged, under which decision, with a link to the successor, and that it is no longer updated.
 * @see content contract, "Administrative changes": a dissolved commune's site is an archive
 */
import type { Site } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { inSentence } from './kinds.ts';
import { successorOf, type Successor, type Unit } from './units.ts';

export interface ArchiveNotice {
  /** "Xã Hai Riêng đã sáp nhập vào" */
  before: string;
  successor: Successor;
  /** "từ ngày 01/07/2025 (Nghị quyết …). Trang này là trang lưu trữ, không còn được cập nhật." */
  after: string;
}

export function archiveNotice(site: Site, units: ReadonlyMap<string, Unit>): ArchiveNotice | undefined {
  const successor = successorOf(site, units);
  if (!successor || !site.dissolved) return undefined;
  return {
    before: `${site.name} đã sáp nhập vào`,
    successor: { ...successor, name: inSentence(successor.name) },
    after: ` từ ngày ${formatDay(site.dissolved.date.day)} (${site.dissolved.basis}). Trang không còn được cập nhật; tin, bài mới đăng trên trang của đơn vị kế thừa.`,
  };
}
