/**
 * What a search result shows besides its title, from its Pagefind data: the line under the title
 * and the excerpt. Pure, for the search page's script.
 */

/** The anchor of an attachment's text in the indexed page (attachment-section.ts). */
export const ATTACHMENT_ID = 'tep-dinh-kem';

export interface ResultTexts {
  /** "Số", before a document's number. */
  number: string;
  /** "Trong tệp đính kèm", before an excerpt taken from the attachment. */
  fromAttachment: string;
}

/**
 * The line under a result's title: its commune (on the portal), then for a document its number,
 * type, issue date and whether it is in force ("Số 79/UBND · Công văn · 18/01/2022 · Còn hiệu
 * lực"), for anything else its section and date.
 */
export function metaLine(
  meta: Readonly<Record<string, string>>,
  texts: ResultTexts,
  commune?: string,
): string {
  const parts = meta['number']
    ? [`${texts.number} ${meta['number']}`, meta['type'], meta['date'], meta['status']]
    : [meta['section'], meta['date']];
  return [commune, ...parts].filter(Boolean).join(' · ');
}

const isAttachment = (sub: SubResult) => sub.url.endsWith(`#${ATTACHMENT_ID}`);

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
}

/**
 * The excerpt of a result: the page's own text's when it matches as many times as the query has
 * words (it likely holds them all), else that of the part with the most matches, the page's own
 * text or its attached PDF; from the PDF, the file is named before it ("Trong tệp đính kèm
 * 15-kh-ubnd.pdf: …"). Pagefind matches a word's beginning too ("ca" matches "các"), so a page
 * may match once where its PDF holds the phrase.
 */
export function pickExcerpt(
  data: { excerpt: string; sub_results?: readonly SubResult[] },
  texts: ResultTexts,
  words: number,
): { excerpt: string; from?: string } {
  const matches = (sub: SubResult) => sub.locations?.length ?? 0;
  const parts = (data.sub_results ?? [])
    .filter((sub) => matches(sub) > 0)
    .toSorted((a, b) => matches(b) - matches(a) || Number(isAttachment(a)) - Number(isAttachment(b)));
  const own = parts.find((sub) => !isAttachment(sub));
  const best = own && matches(own) >= words ? own : parts[0];
  if (!best) return { excerpt: data.excerpt };
  if (!isAttachment(best)) return { excerpt: best.excerpt };
  const attachment = best;
  // The sub-result's title is the heading "Tệp đính kèm <name>" (d-twins and all): its last word is the file's name.
  const name = attachment.title.split(' ').at(-1);
  return { excerpt: attachment.excerpt, from: `${texts.fromAttachment} ${name}:` };
}
