import { foldVietnamese } from './fold.ts';

/**
 * Pagefind folds tones ("song hinh" finds "Sông Hinh") but keeps đ distinct from d, so "duc
 * binh" would not find "Đức Bình". In the HTML handed to the indexer (never in the served
 * page) every word with đ/Đ is followed by its twin without any diacritic: "Đức Duc Bình". A
 * query without đ then finds the twin, and since the twin matches such a query exactly,
 * Pagefind's diacritic ranking puts "Đức" above "dục" for "duc". A query with đ still matches
 * only real đ words. The search page removes the twins from titles and excerpts (`removeTwins`).
 */
const WORD_WITH_D = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;

export const addTwins = (text: string): string =>
  text.replace(WORD_WITH_D, (word) => `${word} ${foldVietnamese(word)}`);

/** Adds twins to the text between tags only, leaving tags, attributes and entities alone. */
export const addTwinsToHtml = (html: string): string =>
  html.replace(/>([^<]+)</g, (_, text: string) => `>${addTwins(text)}<`);

/**
 * Undoes `addTwins` in a result's title or excerpt (plain text or Pagefind's `<mark>` HTML): a
 * twin right after its word is dropped, and when only the twin was highlighted the word is.
 */
const WORD_AND_TWIN =
  /(<mark>)?([\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*)(<\/mark>)? (<mark>)?([\p{L}\p{M}\p{N}]+)([^\s<]*)(<\/mark>)?/gu;

export function removeTwins(text: string): string {
  return text.replace(
    WORD_AND_TWIN,
    (whole, open1, word: string, _close1, open2, twin: string, after: string) => {
      if (foldVietnamese(word) !== twin) return whole;
      return open1 !== undefined || open2 !== undefined ? `<mark>${word}${after}</mark>` : `${word}${after}`;
    },
  );
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pagefind may cut an excerpt between a word and its twin, so that it begins with the twin
 * ("Duc Bình Tây…" from "Đức Duc Bình Tây…"), which `removeTwins` cannot tell from a word. The
 * page's indexed text (`content`, twins included) shows the word before: when the twin is its
 * fold, the excerpt begins with that word instead.
 */
export function restoreLeadingTwin(excerpt: string, content: string): string {
  const first = /^(<mark>)?([A-Za-z0-9]+)(<\/mark>)?/.exec(excerpt);
  if (first === null) return excerpt;
  const words = excerpt
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .slice(0, 4)
    .map(escapeRegExp);
  const before = new RegExp(`(${WORD}*[đĐ]${WORD}*)\\s+${words.join('\\s+')}`, 'u').exec(content);
  if (before === null || foldVietnamese(before[1]!) !== first[2]) return excerpt;
  return `${first[1] ?? ''}${before[1]}${first[3] ?? ''}${excerpt.slice(first[0].length)}`;
}
