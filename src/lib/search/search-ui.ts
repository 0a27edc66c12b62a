/**
 * The search page's script (the only page with JavaScript). It loads Pagefind from the
 * commune's own `pagefind/` folder, resolved against the page's address so the site works at
 * any deployment path; the portal merges every commune's index the same way.
 */
import { removeTwins } from './d-twins.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string) => Promise<void>;
}

export interface SearchSource {
  /** Folder of a commune, relative to the page: `../` on a commune's page, `./xa-mau/` on the portal. */
  root: string;
  /** On the portal, the commune's name, as a filter value. */
  name?: string;
}

const PAGE = 10;
/** Ranks a word typed with its diacritics above words that only match once folded. */
const RANKING = { diacriticSimilarity: 8 };

const absolutePath = (relative: string) => new URL(relative, window.location.href).pathname;

async function loadPagefind(sources: SearchSource[], communeFilter: string): Promise<Pagefind> {
  const [first, ...rest] = sources;
  const pagefind = (await import(/* @vite-ignore */ new URL(`${first!.root}pagefind/pagefind.js`, window.location.href).href)) as Pagefind;
  await pagefind.options({ baseUrl: absolutePath(first!.root), ranking: RANKING, excerptLength: 24, ...(first!.name ? { mergeFilter: { [communeFilter]: first!.name } } : {}) });
  for (const source of rest) {
    await pagefind.mergeIndex(absolutePath(`${source.root}pagefind/`), { baseUrl: absolutePath(source.root), mergeFilter: { [communeFilter]: source.name ?? '' } });
  }
  return pagefind;
}

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Wires the form `#tim-kiem-form` (input `q`, selects with `data-filter`, indexes in
 * `data-sources`) to the list `#ket-qua`.
 */
export async function startSearch(): Promise<void> {
  const form = el<HTMLFormElement>('tim-kiem-form');
  const sources = JSON.parse(form.dataset['sources'] ?? '[]') as SearchSource[];
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = el('trang-thai');
  const list = el<HTMLOListElement>('ket-qua');
  const more = el<HTMLButtonElement>('xem-them');
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as Record<string, string>;
  // Show the query a visitor came with (?q=) at once, while the indexes load.
  input.value = new URL(window.location.href).searchParams.get('q') ?? '';
  const pagefind = await loadPagefind(sources, texts['commune'] ?? 'Xã');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset['filter']!] ?? {}).toSorted((a, b) => b.localeCompare(a, 'vi'));
    for (const value of values) select.add(new Option(value, value));
    select.closest('p')!.hidden = values.length === 0;
  }
  // On the portal, a result's commune is the source its address starts with.
  const roots = sources.length > 1 ? sources.map((s) => ({ path: absolutePath(s.root), name: s.name })) : [];
  const communeOf = (url: string) => roots.find((r) => url.startsWith(r.path))?.name;
  let shown: PagefindResult[] = [];
  let run = 0;

  async function show(results: PagefindResult[], from: number) {
    const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    for (const data of page) {
      const li = document.createElement('li');
      const meta = [communeOf(data.url), data.meta['section'], data.meta['date']].filter(Boolean).join(' · ');
      li.innerHTML = `<h2 class="title"><a></a></h2><p class="meta"></p><p class="excerpt">${removeTwins(data.excerpt)}</p>`;
      const link = li.querySelector('a')!;
      link.href = data.url;
      link.textContent = removeTwins(data.meta['title'] ?? data.url);
      li.querySelector('.meta')!.textContent = meta;
      list.append(li);
    }
    more.hidden = results.length <= from + PAGE;
  }

  async function search() {
    const query = input.value.normalize('NFC').trim();
    const id = ++run;
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    window.history.replaceState(null, '', url);
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
    const response = await pagefind.search(query, { filters });
    if (id !== run || response === null) return;
    shown = response.results;
    list.replaceChildren();
    await show(shown, 0);
    if (id !== run) return;
    status.textContent = shown.length ? `${shown.length} ${texts['results']}` : (texts['none'] ?? '');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 60);
  });
  for (const select of selects) select.addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void show(shown, list.children.length));
  form.dataset['ready'] = 'true';
  if (input.value) await search();
}
