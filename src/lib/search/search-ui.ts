/**
 * The search page's script (the only page with JavaScript). It loads Pagefind from the
 * commune's own `pagefind/` folder, resolved against the page's address so the site works at
 * any deployment path; the portal merges every commune's index the same way.
 */
import { removeTwins, restoreLeadingTwin } from './d-twins.ts';
import { namedNumbers, NUMBER_FILTER } from './document-number.ts';
import { phraseSearches, rankResults, type RankSignals } from './phrases.ts';
import { metaLine, pickExcerpt, type ResultTexts } from './result-lines.ts';
import { documentRow, showChips, type RegisterTexts } from './register-view.ts';
import {
  DATE_SORT,
  filtersFromParams,
  paramsWithFilters,
  registerFilters,
  type UrlFilter,
} from './url-filters.ts';

interface PagefindResult {
  id: string;
  score: number;
  /** Where the query's words are in the page's indexed text (word indexes). */
  words: number[];
  data: () => Promise<{
    url: string;
    excerpt: string;
    content: string;
    meta: Record<string, string>;
    sub_results: { url: string; title: string; excerpt: string; locations?: number[] }[];
  }>;
}
interface Pagefind {
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** `null` searches on filters only. */
  search: (
    q: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for `q` needs, without searching. */
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
}
interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => Pagefind;
}

export interface SearchSource {
  /** Folder of a commune, relative to the page: `../` on a commune's page, `./xa-mau/` on the portal. */
  root: string;
  /** On the portal, the commune's name, as a filter value. */
  name?: string;
}

/**
 * Results shown at first and per "Xem thêm": each needs its own fragment file, and 5 are one
 * round of requests (a browser opens at most 6 connections to a host over HTTP/1.1); 10 made
 * two rounds and cost the first query 100-200 ms more on a busy machine. Pagefind's own UI shows 5.
 */
const PAGE = 5;
/** Rows of the register shown at first and per "Xem thêm": short lines, so more than results. */
const REGISTER_PAGE = 20;
/** The pause in typing after which the search runs (Pagefind's own `debouncedSearch` waits 300 ms). */
const DEBOUNCE_MS = 60;
/**
 * The pause when the last word typed is a single letter, most likely the start of a longer word:
 * its search, and the index chunk of every word starting with that letter (about 20 KB on a
 * 1,000-item commune), wait for a real pause. "y" in "y tế" is still searched once typing stops.
 */
const ONE_LETTER_PAUSE_MS = 300;
export const endsInOneLetter = (query: string): boolean => /(^|\s)\S$/u.test(query);
/**
 * Input that brings whole words at once: pasted, dropped, picked from the keyboard's suggestions,
 * dictated (phones type a dictated phrase as one `insertText`). Nothing more is coming: its
 * search runs at once instead of after the pause. Keystrokes, IME composition (Telex, VNI) and
 * deletions wait for the pause.
 */
export function bringsWholeWords(event: Pick<InputEvent, 'inputType' | 'data'>): boolean {
  if (
    ['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank'].includes(event.inputType)
  )
    return true;
  return event.inputType === 'insertText' && (event.data ?? '').length > 1;
}
/** Ranks a word typed with its diacritics above words that only match once folded. */
const RANKING = { diacriticSimilarity: 8 };

const absolutePath = (relative: string) => new URL(relative, window.location.href).pathname;

/**
 * Pagefind runs on the page's own thread (`noWorker`): its web worker meant downloading its code
 * twice (pagefind.js and pagefind-worker.js, 12 KB gzip more for the first query) and copying
 * every result between threads, for a search of a commune's index that takes tens of
 * milliseconds and runs only once typing has paused.
 */
async function loadPagefind(sources: SearchSource[], communeFilter: string): Promise<Pagefind> {
  const [first, ...rest] = sources;
  const { createInstance } = (await import(
    /* @vite-ignore */ new URL(`${first!.root}pagefind/pagefind.js`, window.location.href).href
  )) as PagefindModule;
  const pagefind = createInstance({
    basePath: absolutePath(`${first!.root}pagefind/`),
    baseUrl: absolutePath(first!.root),
    noWorker: true,
    ranking: RANKING,
    excerptLength: 24,
    ...(first!.name ? { mergeFilter: { [communeFilter]: first!.name } } : {}),
  });
  // Every commune's entry and meta files are fetched at once, not one commune after another.
  await Promise.all(
    rest.map((source) =>
      pagefind.mergeIndex(absolutePath(`${source.root}pagefind/`), {
        baseUrl: absolutePath(source.root),
        // Not inherited from the first index: without it the others were ranked otherwise.
        // @see https://github.com/withastro/starlight/issues/2989
        ranking: RANKING,
        mergeFilter: { [communeFilter]: source.name ?? '' },
      }),
    ),
  );
  return pagefind;
}

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Fills the filter lists with the values the indexes hold; a filter without values is hidden.
 * Returns the document numbers the indexes hold (document-number.ts).
 */
async function showFilters(pagefind: Pagefind, selects: HTMLSelectElement[]): Promise<string[]> {
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset['filter']!] ?? {}).toSorted((a, b) =>
      b.localeCompare(a, 'vi'),
    );
    for (const value of values) select.add(new Option(value, value));
    select.closest('p')!.hidden = values.length === 0;
  }
  return Object.keys(available[NUMBER_FILTER] ?? {});
}

/**
 * Sets the selects to the filters the address asks for (`?loai=quyet-dinh`); returns what it asks
 * for that no select offers, for the page to say so.
 */
function selectFromAddress(selects: HTMLSelectElement[], filters: readonly UrlFilter[]) {
  const available = Object.fromEntries(
    selects.map((s) => [s.dataset['filter']!, [...s.options].map((o) => o.value).filter(Boolean)]),
  );
  const { chosen, unknown } = filtersFromParams(
    new URL(window.location.href).searchParams,
    filters,
    available,
  );
  for (const select of selects) select.value = chosen[select.dataset['filter']!] ?? '';
  return unknown;
}

/**
 * What reorders Pagefind's results (phrases.ts): the documents the query names by number, and
 * the results holding its words side by side. Each is one more search on the index chunks the
 * query has already loaded, without fragments: a few milliseconds.
 */
async function rankSignals(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, string>,
  numbers: readonly string[],
): Promise<RankSignals<PagefindResult>> {
  /** Ids of the results holding one of `phrases`. */
  const found = async (phrases: readonly string[]) => {
    const ids = new Set<string>();
    for (const phrase of phrases)
      for (const { id } of (await pagefind.search(phrase, { filters }))?.results ?? []) ids.add(id);
    return ids;
  };
  const { whole, parts } = phraseSearches(query);
  const byNumber: PagefindResult[][] = [];
  for (const number of namedNumbers(query, numbers))
    byNumber.push(
      (await pagefind.search(null, { filters: { ...filters, [NUMBER_FILTER]: number } }))?.results ?? [],
    );
  return { byNumber, whole: await found(whole), parts: await found(parts) };
}

/**
 * The indexes to search: the form's own, plus the predecessors' archives when the box
 * `luu-tru` is checked (the address keeps `luu-tru=1`; ticking or clearing it sends the form
 * again, so what the page searches is always what its address says).
 */
function withArchives(form: HTMLFormElement): SearchSource[] {
  const sources = JSON.parse(form.dataset['sources'] ?? '[]') as SearchSource[];
  const box = form.elements.namedItem('luu-tru') as HTMLInputElement | null;
  if (!box) return sources;
  box.checked = new URL(window.location.href).searchParams.get('luu-tru') === '1';
  // A new page load, not the in-page search that the form's submit event runs.
  box.addEventListener('change', () => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    window.location.assign(`?${params.toString()}`);
  });
  if (!box.checked) return sources;
  const archives = JSON.parse(form.dataset['archives'] ?? '[]') as SearchSource[];
  return [{ ...sources[0]!, name: form.dataset['self'] ?? '' }, ...sources.slice(1), ...archives];
}

/**
 * Wires the form `#tim-kiem-form` (input `q`, selects with `data-filter`, indexes in
 * `data-sources`) to the list `#ket-qua`. Pagefind is loaded and warmed up as the page opens,
 * so the first query only fetches the index chunks of its words and its results' fragments.
 */
export async function startSearch(): Promise<void> {
  const form = el<HTMLFormElement>('tim-kiem-form');
  const sources = withArchives(form);
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = el('trang-thai');
  const list = el<HTMLOListElement>('ket-qua');
  const more = el<HTMLButtonElement>('xem-them');
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as Record<string, string> &
    ResultTexts &
    RegisterTexts;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const urlFilters = JSON.parse(form.dataset['filters'] ?? '[]') as UrlFilter[];
  const section = JSON.parse(form.dataset['register'] ?? '{}') as { filter: string; documents: string };
  const table = el<HTMLTableElement>('so-van-ban');
  const chips = el('dang-loc');
  // Show the query a visitor came with (?q=) at once, while the indexes load.
  input.value = new URL(window.location.href).searchParams.get('q') ?? '';
  const communeFilter = texts['commune'] ?? 'Xã';
  const pagefind = await loadPagefind(sources, communeFilter);
  const numbers = await showFilters(pagefind, selects);
  const unknown = selectFromAddress(selects, urlFilters);
  // A search on no word, before anyone types: it fetches nothing but runs (and so compiles) the
  // code of a search once; the first real query took 100-200 ms longer without it. On the
  // portal it is kept to the first commune's pages, not every commune's.
  const first = sources[0]!;
  await pagefind.search(null, first.name ? { filters: { [communeFilter]: first.name } } : {});
  // On the portal, a result's commune is the source its address starts with.
  const roots = sources.length > 1 ? sources.map((s) => ({ path: absolutePath(s.root), name: s.name })) : [];
  const communeOf = (url: string) => roots.find((r) => url.startsWith(r.path))?.name;
  let shown: PagefindResult[] = [];
  let run = 0;
  /** Whether the list shown is the register's table (a search with filters and no words). */
  let asRegister = false;

  /** The list items of up to PAGE results from `from`, once all their fragments are loaded. */
  async function items(results: PagefindResult[], from: number): Promise<HTMLLIElement[]> {
    const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    return page.map((data) => {
      const li = document.createElement('li');
      const { excerpt, from } = pickExcerpt(data, texts, typed().split(/\s+/).length);
      li.innerHTML = `<h2 class="title"><a></a></h2><p class="meta"></p><p class="excerpt">${from ? '<strong class="from"></strong> ' : ''}${removeTwins(restoreLeadingTwin(excerpt, data.content))}</p>`;
      const link = li.querySelector('a')!;
      link.href = data.url;
      link.textContent = removeTwins(data.meta['title'] ?? data.url);
      li.querySelector('.meta')!.textContent = metaLine(data.meta, texts, communeOf(data.url));
      if (from) li.querySelector('.from')!.textContent = removeTwins(from);
      return li;
    });
  }

  const filters = () =>
    Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));

  /** The query as typed, in the form the index holds (some keyboards type decomposed accents). */
  const typed = () => input.value.normalize('NFC').trim();

  /** The register's rows of up to REGISTER_PAGE documents from `from`. */
  async function rows(results: PagefindResult[], from: number): Promise<HTMLTableRowElement[]> {
    const page = await Promise.all(results.slice(from, from + REGISTER_PAGE).map((r) => r.data()));
    return page.map((data) => documentRow(data, table, texts));
  }

  /** Removes one filter (its chip was pressed) and searches again; focus goes to the next chip. */
  function removeFilter(filter: string) {
    const select = selects.find((s) => s.dataset['filter'] === filter)!;
    select.value = '';
    const next = chips
      .querySelector(`button[data-filter="${CSS.escape(filter)}"]`)
      ?.closest('li')
      ?.nextElementSibling?.querySelector('button')?.dataset['filter'];
    void search().then(() => {
      const chip =
        next && chips.querySelector<HTMLButtonElement>(`button[data-filter="${CSS.escape(next)}"]`);
      (chip || select).focus();
    });
  }

  /** Lists the documents the filters pick, newest issue first, as the register's table. */
  async function showRegister(chosen: Record<string, string>, id: number) {
    const response = await pagefind.search(null, { filters: chosen, sort: { [DATE_SORT]: 'desc' } });
    if (id !== run || response === null) return;
    const first = await rows(response.results, 0);
    if (id !== run) return;
    shown = response.results;
    asRegister = true;
    list.replaceChildren();
    delete list.dataset['query'];
    table.tBodies[0]!.replaceChildren(...first);
    table.hidden = shown.length === 0;
    more.hidden = shown.length <= REGISTER_PAGE;
    status.textContent = shown.length
      ? `${shown.length} ${texts['documents']}`
      : (texts['noDocuments'] ?? '');
  }

  async function search() {
    const query = typed();
    const id = ++run;
    const url = new URL(window.location.href);
    url.search = paramsWithFilters(url.searchParams, urlFilters, filters()).toString();
    url.searchParams.set('q', query);
    window.history.replaceState(null, '', url);
    showChips(chips, filters(), texts, removeFilter);
    if (unknown.length) {
      // A link asking for a value no page has (mistyped, or from an older build) lists nothing
      // rather than more than it asked for; the next change of the form searches again.
      list.replaceChildren();
      table.hidden = true;
      more.hidden = true;
      status.textContent = unknown.map((u) => `${texts['unknownFilter']} ${u.filter}: ${u.value}.`).join(' ');
      unknown.length = 0;
      return;
    }
    const register = query === '' ? registerFilters(filters(), section) : undefined;
    if (register) {
      await showRegister(register, id);
      return;
    }
    asRegister = false;
    table.hidden = true;
    if (query === '') {
      list.replaceChildren();
      delete list.dataset['query'];
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const response = await pagefind.search(query, { filters: filters() });
    if (id !== run || response === null) return;
    const results = rankResults(response.results, await rankSignals(pagefind, query, filters(), numbers), {
      acrossIndexes: sources.length > 1,
    });
    if (id !== run) return;
    const first = await items(results, 0);
    // A newer query may have been typed while the fragments loaded: its results win.
    if (id !== run) return;
    shown = results;
    list.replaceChildren(...first);
    // Which query the list answers: typing may have moved on (read by the browser tests and bench).
    list.dataset['query'] = query;
    more.hidden = shown.length <= PAGE;
    status.textContent = shown.length ? `${shown.length} ${texts['results']}` : (texts['none'] ?? '');
  }

  async function showMore() {
    const id = run;
    if (asRegister) {
      const body = table.tBodies[0]!;
      const next = await rows(shown, body.rows.length);
      if (id !== run) return;
      body.append(...next);
      more.hidden = shown.length <= body.rows.length;
      return;
    }
    const next = await items(shown, list.children.length);
    if (id !== run) return;
    list.append(...next);
    more.hidden = shown.length <= list.children.length;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    clearTimeout(timer);
    if (event instanceof InputEvent && bringsWholeWords(event)) {
      void search();
      return;
    }
    // The index chunks of the words typed so far load during the pause that ends the typing,
    // with those of the phrase's readings with đ ("dat dai": "đai"), searched once it has run.
    const query = typed();
    const oneLetter = endsInOneLetter(query);
    const words = [query, ...phraseSearches(query).whole].join(' ').replaceAll('"', '');
    if (query && !oneLetter) void pagefind.preload(words, { filters: filters() });
    timer = setTimeout(search, oneLetter ? ONE_LETTER_PAUSE_MS : DEBOUNCE_MS);
  });
  for (const select of selects) select.addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void showMore());
  form.dataset['ready'] = 'true';
  if (input.value || Object.keys(filters()).length || unknown.length) await search();
}
