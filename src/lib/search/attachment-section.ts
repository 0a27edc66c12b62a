import { escapeHtml } from '../escape-html.ts';
import { vi } from '../../i18n/vi.ts';
import { ATTACHMENT_ID } from './result-lines.ts';

/** The text of an item's attached PDF, as the indexer adds it to the item's page. */
export interface IndexedAttachment {
  name: string;
  text: string;
}

/**
 * Words of an attachment that are indexed. Pagefind keeps a page's whole indexed text in the
 * fragment each result downloads (for its excerpt), so a 50-page plan would make one result
 * weigh 40 KB gzip instead of 2 KB; the first pages of a document, where its subject, its
 * addressees and its decisions are, fit in this.
 */
export const ATTACHMENT_WORDS = 3000;

export const limitWords = (text: string, words: number): string => {
  const parts = text.split(/(\s+)/);
  return parts.length <= words * 2 ? text : parts.slice(0, words * 2 - 1).join('');
};

/**
 * The attachment's part of the indexed copy of a page (never of the served page): a heading with
 * an id, which makes it a sub-result of its own in Pagefind, so the search page can show an
 * excerpt "from the attachment" while the result still links to the document's page.
 */
export function attachmentSection({ name, text }: IndexedAttachment): string {
  if (text.trim() === '') return '';
  // One paragraph: a PDF's lines are where the page was full, not where sentences end, and
  // Pagefind puts a full stop between paragraphs in excerpts ("vệ sinh môi. trường").
  const words = limitWords(text, ATTACHMENT_WORDS).replace(/\s+/g, ' ').trim();
  return `<section><h2 id="${ATTACHMENT_ID}">${escapeHtml(`${vi.search.attachment} ${name}`)}</h2><p>${escapeHtml(words)}</p></section>`;
}
