import { foldVietnamese } from './fold.ts';

/**
 * The phrase searches that rank a query's results: Pagefind's exact search (the query in quotes)
 * finds pages where the words are adjacent, tones folded. The index holds d-twins ("Đức Duc
 * Bình", d-twins.ts), so the query is folded whole (đ to d too): "đức bình" is found as the twin
 * beside "Bình". A twin also stands between a word and the đ-word after it ("xã Đức Duc Bình"),
 * so the runs of the query that start at a word beginning with d are searched as phrases too.
 */
export interface PhraseSearches {
  /** The whole query as one phrase, when it has two words or more. */
  whole?: string;
  /** Its runs of two words or more cut before each word starting with d, when they differ from it. */
  parts: string[];
}

export function phraseSearches(query: string): PhraseSearches {
  const words = foldVietnamese(query)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length < 2) return { parts: [] };
  const runs: string[][] = [[]];
  for (const [i, word] of words.entries()) {
    if (i > 0 && word.startsWith('d')) runs.push([]);
    runs.at(-1)!.push(word);
  }
  const parts =
    runs.length > 1 ? runs.filter((run) => run.length > 1).map((run) => `"${run.join(' ')}"`) : [];
  return { whole: `"${words.join(' ')}"`, parts };
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

/**
 * Results in the order shown: documents named by their number first, then results holding the
 * query as a phrase, then those holding a part of it, then the rest; Pagefind's order within each.
 * The signals do not depend on which commune's index a result comes from, so on the portal no
 * index's scores push another's phrase matches down.
 */
export function rankResults<T extends { id: string }>(results: readonly T[], signals: RankSignals<T>): T[] {
  // Each document has one number, so no result is in two lists. Ids are not unique on the portal:
  // Pagefind names a page by a hash of its text, so the same document in two communes has one id.
  const numbered = signals.byNumber.flat();
  const seen = new Set(numbered.map((result) => result.id));
  const level = (result: T) => (signals.whole.has(result.id) ? 2 : signals.parts.has(result.id) ? 1 : 0);
  const rest = results.filter((result) => !seen.has(result.id));
  // A stable sort: Pagefind's order is kept within a level.
  return [...numbered, ...rest.toSorted((a, b) => level(b) - level(a))];
}
