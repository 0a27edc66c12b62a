import { dirname, extname, join } from 'node:path';
import { localFile } from '../content/local-file.ts';
import type { Item } from '../content/types.ts';
import { attachedFile } from '../sections/items.ts';
import { attachmentHref } from '../urls.ts';

/**
 * The file attached to an item (`file: ./79-ubnd.pdf`), described so a citizen on a slow
 * connection knows what they download: "79-ubnd.pdf (PDF, 43 KB)".
 */
export interface Attachment {
  name: string;
  href: string;
  /** The extension in capitals: `PDF`, `DOCX`. */
  type: string;
  bytes: number;
  size: string;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `950 byte`, `43 KB`, `1,2 MB` (1 KB = 1024 byte), as vi-VN writes numbers. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${NUMBER.format(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${NUMBER.format(Math.round(bytes / 1024))} KB`;
  return `${NUMBER.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

export const fileType = (name: string): string => extname(name).slice(1).toUpperCase();

/** The item's attachment, or undefined when it has none. `contentDir` is the content folder. */
export function attachmentOf(contentDir: string, item: Item): Attachment | undefined {
  const file = attachedFile(item);
  if (file === undefined) return undefined;
  const name = file.replace(/^\.\//, '');
  // Found as packaging finds it (the name in NFC, no link followed); check said if it is not there.
  const found = localFile(join(contentDir, item.commune), join(contentDir, dirname(item.file)), name);
  if (found.kind !== 'file')
    throw new Error(
      `Tệp đính kèm "${name}" của ${item.file} không phải một tệp thật cạnh bài (${found.kind}).`,
    );
  const bytes = found.size;
  return { name, href: attachmentHref(item, name), type: fileType(name), bytes, size: formatFileSize(bytes) };
}
