import { dirname, join, sep } from 'node:path';
import { escapeHtml } from '../escape-html.ts';
import { vi } from '../../i18n/vi.ts';
import type { Item } from '../content/types.ts';
import { formatDate } from '../format-date.ts';
import { documentStatus } from '../sections/clock.ts';
import { categoryLabel } from '../sections/category-label.ts';
import { categoryOf } from '../site/categories.ts';
import { documentTypeLabel } from '../sections/fields.ts';
import { attachedFile } from '../sections/items.ts';
import { attachmentSection, type IndexedAttachment } from './attachment-section.ts';
import { NUMBER_FILTER } from './document-number.ts';
import { DATE_SORT } from './url-filters.ts';

/**
 * What the search shows and filters on for one item: its section, year and (for documents)
 * type, and the title, section and date of its result; a news item's category too, so that
 * "nông thôn mới" finds the items of that category (Pagefind searches meta fields). Computed
 * from the item's data, so the served page carries no search-only markup.
 */
export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<string, string>;
  /**
   * Keys results can be sorted by: a document's issue day (`2026-02-10`), so the search page
   * lists the documents a filter picks newest first, as the register does.
   */
  sort?: Record<string, string>;
  /** The item's attached PDF, whose text the indexer adds to the page's (attachment-section.ts). */
  attachment?: AttachedPdf;
}

export interface AttachedPdf {
  /** Absolute path of the file, for reading it. */
  path: string;
  /** Its path in the content folder (`song-hinh/van-ban/2022/79-ubnd.pdf`), for messages. */
  file: string;
  /** Its name, as the page's download link shows it. */
  name: string;
}

export interface SearchRecordOptions {
  /** The content folder, where attachments are. */
  contentDir: string;
  /** The build's clock, for whether a document is in force. */
  now: Date;
}

export function searchRecord(item: Item, options: SearchRecordOptions): SearchRecord {
  const section = vi.sectionNames[item.section];
  const filters: Record<string, string> = { [vi.search.filterSection]: section };
  const meta: Record<string, string> = { title: item.title, section };
  if (item.date) {
    filters[vi.search.filterYear] = item.date.day.slice(0, 4);
    meta['date'] = formatDate(item.date);
  }
  const category = categoryOf(item);
  if (category) meta['category'] = categoryLabel(category);
  if (item.section === 'van-ban') {
    const type = documentTypeLabel(item.data.type);
    filters[vi.search.filterType] = type;
    meta['type'] = type;
    meta['status'] = vi.documentStatus[documentStatus(item.data, options.now)];
    meta['number'] = item.data.number;
    filters[NUMBER_FILTER] = item.data.number;
    // A document is dated by its issue, as the register lists it (`van-ban/nam/2025/`), not by
    // the day it went online; and filtered by the register's issuer and field as well, so the
    // search page combines its four filters (url-filters.ts).
    filters[vi.search.filterYear] = item.data.issued.day.slice(0, 4);
    meta['date'] = formatDate(item.data.issued);
    filters[vi.search.filterIssuer] = item.data.issuer;
    if (item.data.field) filters[vi.search.filterField] = item.data.field;
  }
  const record: SearchRecord =
    item.section === 'van-ban'
      ? { meta, filters, sort: { [DATE_SORT]: item.data.issued.day } }
      : { meta, filters };
  const file = attachedFile(item);
  if (file === undefined || !/\.pdf$/i.test(file)) return record;
  const name = file.replace(/^\.\//, '');
  const inContent = join(dirname(item.file), name).split(sep).join('/');
  return { ...record, attachment: { path: join(options.contentDir, inContent), file: inContent, name } };
}

/** The record of a page that is a section of its own (the contact page). */
export function pageRecord(section: string): SearchRecord {
  return { meta: { title: section, section }, filters: { [vi.search.filterSection]: section } };
}

// Pagefind searches the title and category too, so they get d-twins like the text (the search page removes them from titles).
const SEARCHED_META = new Set(['title', 'category']);
const metaTags = ({ meta, filters, sort = {} }: SearchRecord, addTwins: (text: string) => string): string =>
  [
    ...Object.entries(meta).map(
      ([k, v]) =>
        `<meta data-pagefind-meta="${escapeHtml(k)}[content]" content="${escapeHtml(SEARCHED_META.has(k) ? addTwins(v) : v)}">`,
    ),
    ...Object.entries(filters).map(
      ([k, v]) => `<meta data-pagefind-filter="${escapeHtml(k)}[content]" content="${escapeHtml(v)}">`,
    ),
    ...Object.entries(sort).map(
      ([k, v]) => `<meta data-pagefind-sort="${escapeHtml(k)}[content]" content="${escapeHtml(v)}">`,
    ),
  ].join('');

/**
 * Elements inside an item's indexed body that are not its text: the category and date lines
 * (`.meta`; the result shows section and date from the record) and the related news
 * (`.related`: other items' titles). Indexed, they began excerpts ("- Xã hội. Tiêm vắc xin…"),
 * made a page match its neighbours' titles, and grew the index chunks a query downloads.
 */
const NOT_TEXT = /<([a-z][a-z0-9]*)(?=\s[^>]*\bclass="(?:[^"]*\s)?(?:meta|related)(?:\s[^"]*)?")/g;

/** Marks the elements of `NOT_TEXT` with `data-pagefind-ignore`, in the indexed copy only. */
export const ignoreNotText = (html: string): string => html.replace(NOT_TEXT, '<$1 data-pagefind-ignore');

/**
 * Pagefind joins the texts of adjacent list, table and definition-list cells, and the built
 * pages have no whitespace between tags, so a document's fields were indexed as "Số ký
 * hiệu45/QĐ-UBNDLoại văn bảnQuyết định": words that no query finds. A space after each cell
 * keeps them apart.
 */
const CELL_END = /<\/(dt|dd|li|th|td|caption|figcaption)>/g;

export const separateCells = (html: string): string => html.replace(CELL_END, '</$1> ');

interface IndexedElement {
  /** The element's name and opening tag, e.g. `main` and `<main … data-pagefind-body>`. */
  name: string;
  tag: string;
  inner: string;
  /** Where the element starts and ends in the page. */
  start: number;
  end: number;
}

/** The page's `data-pagefind-body` element, the only part Pagefind reads; undefined without one. */
function findIndexedElement(html: string): IndexedElement | undefined {
  const open = /<([a-z]+)[^>]*data-pagefind-body[^>]*>/.exec(html);
  const close = open ? html.lastIndexOf(`</${open[1]}>`) : -1;
  if (!open || close < open.index) return undefined;
  const name = open[1]!;
  return {
    name,
    tag: open[0],
    inner: html.slice(open.index + open[0].length, close),
    start: open.index,
    end: close + name.length + 3,
  };
}

/**
 * The page's indexed element, or the whole page when it has none: all that indexableHtml reads of
 * it. The build sends this, not the page with its inline styles, to its indexing threads: a fifth
 * of the bytes to copy off Astro's thread.
 */
export function indexedElement(html: string): string {
  const element = findIndexedElement(html);
  return element ? html.slice(element.start, element.end) : html;
}

/**
 * The copy of a page handed to Pagefind: only the indexed `data-pagefind-body` element (parsing
 * the whole page with its header, menu and styles made indexing five times slower), the
 * record's meta and filters inside it, its non-text elements ignored, its cells apart, the text
 * of its attached PDF after its own, and d-twins for words with đ (d-twins.ts), in the PDF's
 * text as in the page's.
 */
export function indexableHtml(
  html: string,
  record: SearchRecord | undefined,
  twins: { html: (html: string) => string; text: (text: string) => string },
  attachment?: IndexedAttachment,
): string {
  const element = findIndexedElement(html);
  if (!element) return twins.html(html);
  // The regex of addTwins wants text to follow a `>`, as it does right after the element's tag.
  const inner = twins
    .html(`>${separateCells(ignoreNotText(element.inner))}${attachment ? attachmentSection(attachment) : ''}`)
    .slice(1);
  return `<html lang="vi"><body>${element.tag}${record ? metaTags(record, twins.text) : ''}${inner}</${element.name}></body></html>`;
}
