/**
 * The editor's own script, bundled into `quan-tri/trangxa-editor.js` (write-editor.ts): Decap
 * CMS's file formats that write back only what changed (yaml-edit.ts), the preview of an item as
 * the site shows it, then Decap's start. Runs in the browser only.
 */
import { editMarkdown, editYaml, editYamlList, parseYamlText, splitFrontmatter } from './yaml-edit.ts';
import type { EditorSettings } from './editor-page.ts';
import { DECAP_VI_COMPLETION, mergePhrases } from './decap-vi.ts';

interface Entry { getIn(path: string[]): unknown }
interface PreviewProps { entry: Entry; widgetFor(name: string): unknown; getAsset(path: string): { toString(): string }; document?: Document }
interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerLocale(name: string, phrases: unknown): void;
  getLocale(name: string): Parameters<typeof mergePhrases>[0] | undefined;
  init(options?: unknown): void;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

const win = window as unknown as { CMS: DecapGlobal; h: H; createClass: CreateClass };
const settings = JSON.parse(document.getElementById('trangxa-editor')!.textContent!) as EditorSettings;

/** The file as read, kept with the entry so that saving rewrites only what changed. */
const SOURCE = '_trangxaSource';
/** A YAML file whose top level is a list (people.yaml): edited as `items`. */
const LIST = '_trangxaList';

/** `royaltyScheme: id` is shown as a one-line list; written back as it was when unchanged. */
function wrapUnions(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const [key, scalarKey] of Object.entries(settings.unions)) {
    if (typeof out[key] === 'string') out[key] = [{ [scalarKey]: out[key] }];
  }
  return out;
}

function unwrapUnions(data: Record<string, unknown>, original: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const [key, scalarKey] of Object.entries(settings.unions)) {
    const value = out[key];
    if (typeof original[key] !== 'string' || !Array.isArray(value) || value.length !== 1) continue;
    const only = value[0] as Record<string, unknown>;
    const keys = Object.keys(only).filter((k) => only[k] !== undefined && only[k] !== '' && only[k] !== null);
    if (keys.length === 1 && keys[0] === scalarKey) out[key] = only[scalarKey];
  }
  return out;
}

/** Decap writes a file chosen beside the item as `anh.jpg`; the contract writes `./anh.jpg`. */
function siblingPaths(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && settings.siblingFields.includes(key) && /^[^/\\:]+$/.test(value)) out[key] = `./${value}`;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = siblingPaths(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

const { CMS, h, createClass } = win;

CMS.registerCustomFormat('trangxa-frontmatter', 'md', {
  fromFile(text) {
    const { yaml, body } = splitFrontmatter(text);
    return { ...wrapUnions(parseYamlText(yaml) as Record<string, unknown>), body, [SOURCE]: text };
  },
  toFile(data, sortedKeys = []) {
    const { [SOURCE]: source, [LIST]: _list, ...fields } = data;
    const original = typeof source === 'string' ? (parseYamlText(splitFrontmatter(source).yaml) as Record<string, unknown>) : {};
    return editMarkdown(typeof source === 'string' ? source : undefined, siblingPaths(unwrapUnions(fields, original)), ['title', ...sortedKeys]);
  },
});

CMS.registerCustomFormat('trangxa-yaml', 'yaml', {
  fromFile(text) {
    const data = parseYamlText(text);
    if (Array.isArray(data)) return { items: data, [SOURCE]: text, [LIST]: true };
    return { ...wrapUnions(data as Record<string, unknown>), [SOURCE]: text };
  },
  toFile(data, sortedKeys = []) {
    const { [SOURCE]: source, [LIST]: list, ...fields } = data;
    const text = typeof source === 'string' ? source : undefined;
    if (list) return editYamlList(text, Array.isArray(fields['items']) ? fields['items'] : []);
    const original = text === undefined ? {} : (parseYamlText(text) as Record<string, unknown>);
    return editYaml(text, siblingPaths(unwrapUnions(fields, original)), sortedKeys);
  },
});

// Decap's Vietnamese, completed where it falls back to English (decap-vi.ts).
CMS.registerLocale('vi', mergePhrases(CMS.getLocale('vi') ?? {}, DECAP_VI_COMPLETION));

for (const href of settings.previewStyles) CMS.registerPreviewStyle(href);

const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/** The day as the site writes it (dd/mm/yyyy, Vietnam time); the value as typed if it is no date. */
function showDate(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value);
  return Number.isNaN(day.getTime()) ? value : dateFormat.format(day);
}

/**
 * An item as its page shows it: the site's stylesheet, its heading, date, summary, image and
 * body, in a document marked Vietnamese with a title and a main landmark (axe-clean).
 */
const ItemPreview = createClass({
  componentDidMount(this: { props: PreviewProps }) {
    const doc = this.props.document;
    if (doc) {
      doc.documentElement.lang = 'vi';
      doc.title = 'Xem trước';
    }
  },
  render(this: { props: PreviewProps }) {
    const { entry, widgetFor, getAsset } = this.props;
    const get = (key: string) => entry.getIn(['data', key]);
    const title = String(get('title') ?? '');
    const date = showDate(get('date') ?? get('issued'));
    const summary = get('summary');
    const image = get('image');
    const alt = String(get('imageAlt') ?? '');
    return h('main', { className: 'wrap', id: 'noi-dung' },
      h('article', { className: 'prose' },
        h('h1', null, title || 'Chưa có tiêu đề'),
        date ? h('p', { className: 'meta' }, h('time', null, date)) : null,
        typeof summary === 'string' && summary ? h('p', { className: 'lead' }, summary) : null,
        typeof image === 'string' && image ? h('figure', null, h('img', { src: getAsset(image).toString(), alt })) : null,
        widgetFor('body')));
  },
});

for (const name of Object.keys(settings.previews)) CMS.registerPreviewTemplate(name, ItemPreview);

CMS.init();
