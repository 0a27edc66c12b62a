import { foldVietnamese } from './fold.ts';

/**
 * The filter that holds each document's number (search-record.ts): the search page finds the
 * documents a query names by number through it, whatever their text. Not offered as a list.
 */
export const NUMBER_FILTER = 'Số ký hiệu';

/**
 * A document number as citizens type it: "79/UBND", "79 ubnd", "số 79", "quyết định 45". The
 * words around a number that say nothing of which one it is, and the names of document types
 * that numbers abbreviate (45/QĐ-UBND is a quyết định), so "quyết định 45" is "45 qd".
 * @see Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục III: chữ viết tắt tên loại văn bản
 */
const FILLER = new Set(['so', 'ky', 'hieu', 'van', 'ban', 'cong']);
const TYPE_WORDS: readonly [string, string][] = [
  ['quyet dinh', 'qd'],
  ['ke hoach', 'kh'],
  ['thong bao', 'tb'],
  ['bao cao', 'bc'],
  ['nghi quyet', 'nq'],
  ['chi thi', 'ct'],
  ['to trinh', 'ttr'],
  ['huong dan', 'hd'],
];

/** `79/QĐ-UBND` → `['79', 'qd', 'ubnd']`. */
export const numberTokens = (text: string): string[] =>
  foldVietnamese(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function queryTokens(query: string): string[] {
  let folded = ` ${numberTokens(query).join(' ')} `;
  for (const [words, short] of TYPE_WORDS) folded = folded.replaceAll(` ${words} `, ` ${short} `);
  return folded.split(' ').filter((token) => token && !FILLER.has(token));
}

/**
 * The document numbers (of `numbers`, those the index holds) that the query names, best first: a
 * query names a number when it holds the number's digits and nothing that is not in the number.
 * Those with fewer parts the query left out come first ("79 ubnd": 79/UBND before 79/QĐ-UBND).
 */
export function namedNumbers(query: string, numbers: readonly string[]): string[] {
  const asked = queryTokens(query);
  if (!asked.some((token) => /^\d+$/.test(token))) return [];
  return numbers
    .map((number) => ({ number, tokens: numberTokens(number) }))
    .filter(
      ({ tokens }) =>
        /^\d+$/.test(tokens[0] ?? '') &&
        asked.includes(tokens[0]!) &&
        asked.every((token) => tokens.includes(token)),
    )
    .map(({ number, tokens }) => ({ number, left: tokens.filter((token) => !asked.includes(token)).length }))
    .toSorted((a, b) => a.left - b.left || a.number.localeCompare(b.number, 'vi'))
    .map(({ number }) => number);
}
