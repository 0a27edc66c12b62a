/**
 * The search page as a register: what a search with no words but some filters shows (the
 * register's form sends its filters here). The documents as the register's table shows them
 * (number, issue date, title, status), and the active filters as buttons that remove them.
 * DOM code for the search page's script; the decisions are in url-filters.ts.
 */
import { removeTwins } from './d-twins.ts';

export interface RegisterTexts {
  /** "Bỏ lọc", read before a chip's filter by screen readers. */
  removeFilter: string;
  /** Status label ("Hết hiệu lực") → badge class (`expired`), as DocumentStatusMark draws it. */
  statusClasses: Record<string, string>;
}

interface DocumentData {
  url: string;
  meta: Record<string, string>;
}

const cell = (tag: 'th' | 'td', label?: string) => {
  const element = document.createElement(tag);
  if (tag === 'th') element.scope = 'row';
  if (label) element.dataset['label'] = label;
  return element;
};

/**
 * One row of the table: the labels of its cells (for the phone's card layout) are the table's
 * column headings, so the page says them once.
 */
export function documentRow(
  data: DocumentData,
  table: HTMLTableElement,
  texts: RegisterTexts,
): HTMLTableRowElement {
  const labels = [...table.tHead!.rows[0]!.cells].map((th) => th.textContent ?? '');
  const row = document.createElement('tr');
  const number = cell('th');
  const span = number.appendChild(document.createElement('span'));
  span.className = 'doc-number';
  span.textContent = data.meta['number'] ?? '';
  const issued = cell('td', labels[1]);
  issued.textContent = data.meta['date'] ?? '';
  const title = cell('td', labels[2]);
  const link = title.appendChild(document.createElement('a'));
  link.href = data.url;
  link.textContent = removeTwins(data.meta['title'] ?? data.url);
  const status = cell('td', labels[3]);
  const label = data.meta['status'];
  if (label) {
    const badge = status.appendChild(document.createElement('strong'));
    badge.className = `badge badge-${texts.statusClasses[label] ?? 'in-force'}`;
    badge.textContent = label;
  }
  row.append(number, issued, title, status);
  return row;
}

/**
 * The active filters as a list of buttons ("Loại văn bản: Quyết định ×"); pressing one calls
 * `remove` with its filter. The list is hidden when no filter is active.
 */
export function showChips(
  box: HTMLElement,
  chosen: Readonly<Record<string, string>>,
  texts: RegisterTexts,
  remove: (filter: string) => void,
): void {
  const items = Object.entries(chosen).map(([filter, value]) => {
    const li = document.createElement('li');
    const button = li.appendChild(document.createElement('button'));
    button.type = 'button';
    button.className = 'chip';
    button.dataset['filter'] = filter;
    const hidden = button.appendChild(document.createElement('span'));
    hidden.className = 'sr';
    hidden.textContent = `${texts.removeFilter} `;
    button.append(`${filter}: ${value} `);
    const cross = button.appendChild(document.createElement('span'));
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    button.addEventListener('click', () => remove(filter));
    return li;
  });
  box.querySelector('ul')!.replaceChildren(...items);
  box.hidden = items.length === 0;
}
