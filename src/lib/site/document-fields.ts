import { vi } from '../../i18n/vi.ts';
import type { DOCUMENT_TYPES } from '../schemas/document.ts';
import type { Item, VnDate } from '../content/types.ts';

/**
 * A document's metadata, in the order a reader checks it, for the `<dl>` of its page. Optional
 * fields the editor left out are not listed.
 */
export interface DocumentField {
  label: string;
  text?: string;
  date?: VnDate;
  /** A document number: shown unbroken, never split at its hyphen ("98/BC-" / "UBND"). */
  noBreak?: true;
}

type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const documentTypeLabel = (type: string): string => vi.documentTypes[type as DocumentType] ?? type;

export function documentFields(item: Item): DocumentField[] {
  const d = item.data;
  const t = vi.documents;
  const fields: (DocumentField | undefined)[] = [
    { label: t.number, text: String(d['number']), noBreak: true },
    { label: t.type, text: documentTypeLabel(String(d['type'])) },
    { label: t.issuer, text: String(d['issuer']) },
    { label: t.issued, date: d['issued'] as VnDate },
    d['effective'] ? { label: t.effective, date: d['effective'] as VnDate } : undefined,
    d['expires'] ? { label: t.expires, date: d['expires'] as VnDate } : undefined,
    typeof d['signer'] === 'string' ? { label: t.signer, text: d['signer'] } : undefined,
    typeof d['field'] === 'string' ? { label: t.field, text: d['field'] } : undefined,
  ];
  return fields.filter((f) => f !== undefined);
}
