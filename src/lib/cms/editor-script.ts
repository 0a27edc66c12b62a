/**
 * The editor's own script, bundled into `quan-tri/trangxa-editor.js` (write-editor.ts): Decap
 * CMS's file formats that write back only what changed (yaml-edit.ts), the preview of an item as
 * the site shows it, then Decap's start. Runs in the browser only.
 */
import { decapFormats, type DecapFormat } from './decap-formats.ts';
import type { EditorSettings } from './editor-page.ts';
import { DECAP_VI_COMPLETION, mergePhrases } from './decap-vi.ts';

interface Entry {
  getIn(path: string[]): unknown;
}
interface PreviewProps {
  entry: Entry;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string };
  document?: Document;
}
interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: DecapFormat): void;
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

const { CMS, h, createClass } = win;

const formats = decapFormats(settings);
CMS.registerCustomFormat('trangxa-frontmatter', 'md', formats.frontmatter);
CMS.registerCustomFormat('trangxa-yaml', 'yaml', formats.yaml);

// Decap's Vietnamese, completed where it falls back to English (decap-vi.ts).
CMS.registerLocale('vi', mergePhrases(CMS.getLocale('vi') ?? {}, DECAP_VI_COMPLETION));

for (const href of settings.previewStyles) CMS.registerPreviewStyle(href);

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

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
    return h(
      'main',
      { className: 'wrap', id: 'noi-dung' },
      h(
        'article',
        { className: 'prose' },
        h('h1', null, title || 'Chưa có tiêu đề'),
        date ? h('p', { className: 'meta' }, h('time', null, date)) : null,
        typeof summary === 'string' && summary ? h('p', { className: 'lead' }, summary) : null,
        typeof image === 'string' && image
          ? h('figure', null, h('img', { src: getAsset(image).toString(), alt }))
          : null,
        widgetFor('body'),
      ),
    );
  },
});

for (const name of Object.keys(settings.previews)) CMS.registerPreviewTemplate(name, ItemPreview);

CMS.init();
