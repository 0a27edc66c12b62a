import { problem, type Problem } from '../problems.ts';
import type { Section } from './types.ts';

/**
 * Folders of a section whose addresses the site makes itself: the list pages (`trang/2/`), the
 * news categories (`chuyen-muc/kinh-te/`) and the register's filters (`van-ban/loai/quyet-dinh/`).
 * An item below one of them would have the same address as a generated page and one of the two
 * would be lost, so it is an error. README lists them ("Reserved addresses").
 */
export const RESERVED_FOLDERS: Readonly<Partial<Record<Section, readonly string[]>>> = {
  'tin-tuc': ['trang', 'chuyen-muc'],
  // The register's facets (`FACETS` in sections/document-filters.ts; a test keeps them equal).
  'van-ban': ['trang', 'loai', 'nam', 'co-quan', 'linh-vuc'],
};

/** A problem when an item's path below its section (`trang/2`) falls under a reserved folder. */
export function reservedPathProblem(file: string, section: Section, pathInSection: string): Problem | undefined {
  const first = pathInSection.split('/')[0] ?? '';
  const reserved = RESERVED_FOLDERS[section] ?? [];
  if (!pathInSection.includes('/') || !reserved.includes(first)) return undefined;
  return problem(file, `Địa chỉ "${section}/${pathInSection}/" trùng với trang do hệ thống tự tạo (${section}/${first}/…), nên bài này sẽ không hiện ra.`, {
    fix: `Đặt bài vào thư mục khác: trong "${section}/" không dùng các thư mục ${reserved.map((r) => `"${r}"`).join(', ')}.`,
  });
}
