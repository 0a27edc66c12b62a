import { foldVietnamese } from './fold.ts';

/**
 * The phrase searches that rank a query's results: Pagefind's exact search (the query in quotes)
 * finds pages where the words are adjacent, tones folded but đ kept apart from d. The index holds
 * d-twins (d-twins.ts): "Luật Đất đai" is indexed "luat đat dat đai dai", so "dat dai" is never
 * adjacent there, and a phrase is searched as the index holds it: "dat đai dai" (the first word's
 * twin, then each later đ-word with its twin). A later word typed with d may stand for an đ-word,
 * so each reading of it is searched ("xa duc binh": "xa duc binh" and "xa đuc duc binh").
 */
export interface PhraseSearches {
  /** The whole query as a phrase in each of its readings, when it has two words or more. */
  whole: string[];
  /** Its runs of two words or more cut before each later word starting with d, as the whole. */
  parts: string[];
}

/**
 * The readings searched for one query: past this many (four later words with d), only the
 * reading as typed, which spares a long query sixteen searches.
 */
const MAX_READINGS = 8;

/** Tones removed, đ kept, lower case: the form of a word in Pagefind's index. */
const indexWord = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** The phrase `words` in each way the index may hold it (d-twins), as Pagefind exact searches. */
export function indexPhrases(words: readonly string[]): string[] {
  let readings: string[][] = [[]];
  for (const [i, word] of words.entries()) {
    const twin = foldVietnamese(word);
    // The first word's twin, always right before the next word, stands for it.
    const forms =
      i === 0
        ? [twin]
        : word.startsWith('đ')
          ? [[word, twin].join(' ')]
          : word.startsWith('d')
            ? [word, `đ${word.slice(1)} ${word}`]
            : [word];
    const next = readings.flatMap((reading) => forms.map((form) => [...reading, form]));
    readings = next.length > MAX_READINGS ? readings.map((reading) => [...reading, twin]) : next;
  }
  return readings.map((reading) => `"${reading.join(' ')}"`);
}

export function phraseSearches(query: string): PhraseSearches {
  const words = indexWord(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length < 2) return { whole: [], parts: [] };
  const runs: string[][] = [[]];
  for (const [i, word] of words.entries()) {
    if (i > 0 && /^[dđ]/.test(word)) runs.push([]);
    runs.at(-1)!.push(word);
  }
  const parts = runs.length > 1 ? runs.filter((run) => run.length > 1).flatMap(indexPhrases) : [];
  return { whole: indexPhrases(words), parts };
}

/** What ranks a result above Pagefind's order: the number it was found by, then its phrase. */
export interface RankSignals<T> {
  /** Results of the documents the query names by number, best number first (document-number.ts). */
  byNumber: T[][];
  /** Ids of the results holding the whole query as a phrase. */
  whole: ReadonlySet<string>;
  /** Ids of the results holding one of its parts as a phrase. */
  parts: ReadonlySet<string>;
}

export interface RankOptions {
  /**
   * The results come from several indexes (the portal): Pagefind's scores of two communes do not
   * compare (see rankResults), so within a level the result whose page has the query's words
   * nearest its start comes first.
   */
  acrossIndexes: boolean;
}

/**
 * Results in the order shown: documents named by their number first, then results holding the
 * query as a phrase, then those holding a part of it, then the rest.
 *
 * Within a level, a commune's search keeps Pagefind's order. On the portal it does not: Pagefind
 * scores each commune's results with that commune's own word frequencies and sorts them all by
 * score, so a word found in 20 pages of a 1,000-page commune weighs three times what it weighs in
 * the one page of a 10-page commune that is about it, and the small commune's match was buried.
 * There, the order within a level is where the query's words first occur in the page (its title,
 * then its text, is what Pagefind indexes of a page, in that order): a page titled with the query
 * comes before pages that mention it further down, whatever their commune's size.
 */
export function rankResults<T extends { id: string; words: readonly number[] }>(
  results: readonly T[],
  signals: RankSignals<T>,
  options: RankOptions = { acrossIndexes: false },
): T[] {
  // Each document has one number, so no result is in two lists. Ids are not unique on the portal:
  // Pagefind names a page by a hash of its text, so the same document in two communes has one id.
  const numbered = signals.byNumber.flat();
  const seen = new Set(numbered.map((result) => result.id));
  const level = (result: T) => (signals.whole.has(result.id) ? 2 : signals.parts.has(result.id) ? 1 : 0);
  // Where the query's words first occur in the page (Pagefind's exact search gives one occurrence
  // of a phrase, not the first: "Luật Đất đai" was found in a page's text, not in its title).
  const first = (result: T) => (result.words.length ? Math.min(...result.words) : Number.MAX_SAFE_INTEGER);
  const rest = results.filter((result) => !seen.has(result.id));
  // A stable sort: Pagefind's order is kept among equals.
  return [
    ...numbered,
    ...rest.toSorted((a, b) => level(b) - level(a) || (options.acrossIndexes ? first(a) - first(b) : 0)),
  ];
}
