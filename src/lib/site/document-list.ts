import { vi } from '../../i18n/vi.ts';
import type { Commune, Item } from '../content/types.ts';
import { assertAttributes, type DocumentType } from '../markdown/mdx-attributes.ts';
import { byIssueDate } from '../sections/document-filters.ts';
import { documentTypeLabel } from '../sections/fields.ts';
import { documentsOf } from '../sections/items.ts';

/** What `<DocumentList type="quyet-dinh" year="2026" limit="5">` in an `.mdx` item asks for. */
export interface DocumentListQuery {
  type?: DocumentType;
  /** Year of issue, `2026`. */
  year?: string;
  limit?: number;
}

/** Reads the component's text attributes; throws `check`'s message on a bad one. */
export function documentListQuery(attributes: {
  type?: string | undefined;
  year?: string | undefined;
  limit?: string | undefined;
}): DocumentListQuery {
  assertAttributes('DocumentList', attributes);
  const query: DocumentListQuery = {};
  if (attributes.type !== undefined) query.type = attributes.type as DocumentType;
  if (attributes.year !== undefined) query.year = attributes.year;
  if (attributes.limit !== undefined) query.limit = Number(attributes.limit);
  return query;
}

/** The commune's documents of that type and year of issue, newest issue first, at most `limit`. */
export function documentList(commune: Commune, query: DocumentListQuery): Item<'van-ban'>[] {
  const documents = documentsOf(commune).filter(
    (item) =>
      (query.type === undefined || item.data.type === query.type) &&
      (query.year === undefined || item.data.issued.day.startsWith(`${query.year}-`)),
  );
  return byIssueDate(documents).slice(0, query.limit);
}

/** The table's caption says what it lists: "Văn bản: Quyết định, năm 2026". */
export function documentListCaption(query: DocumentListQuery): string {
  const parts = [
    query.type && documentTypeLabel(query.type),
    query.year && `${vi.mdx.documentsYear} ${query.year}`,
  ].filter(Boolean);
  return parts.length ? `${vi.mdx.documentsCaption}: ${parts.join(', ')}` : vi.mdx.documentsCaption;
}
