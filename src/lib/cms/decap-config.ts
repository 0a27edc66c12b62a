import type { z } from 'astro/zod';
import { editorialBoardSchema } from '../schemas/editorial-board.ts';
import { peopleSchema } from '../schemas/people.ts';
import { siteSchema } from '../schemas/site.ts';
import { decapFields, type DecapField, type FieldContext } from './decap-fields.ts';
import { redirectsSchema } from '../schemas/redirects.ts';
import { listElementFields, schemaFields, type FieldShape } from './schema-fields.ts';

/** One section folder as the editor sees it: the registry's folder, label and schema. */
export interface EditorSection {
  folder: string;
  label: string;
  schema: z.ZodType;
  /** New items go in a folder per year (`tin-tuc/2026/<slug>.md`), as `npm run new` files them. */
  filedByYear: boolean;
}

/** What the configuration of one commune depends on, read from its content folder. */
export interface CommuneEditor {
  slug: string;
  name: string;
  /** Section folders the commune has (`content/<slug>/<folder>` exists). */
  sections: readonly EditorSection[];
  hasRedirects: boolean;
  genres: FieldContext['genres'];
}

/** Where the editor commits: the deployment's repository (content/_shared/quan-tri.yaml). */
export interface EditorBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'test-repo';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
}

/**
 * Decap CMS can run the draft → review → publish workflow only on these backends; on Gitea and
 * Forgejo it commits to its branch and review happens in pull requests (README, Trình soạn thảo).
 */
const WORKFLOW_BACKENDS = new Set(['github', 'gitlab']);

/** The place every content path of the editor must stay under: never `private/`. */
export const CONTENT_ROOT = 'content';

/** The configuration of `<commune>/quan-tri/`: that commune's collections. */
export function communeConfig(commune: CommuneEditor, backend: EditorBackend): Record<string, unknown> {
  return baseConfig(backend, commune.slug, communeCollections(commune, ''));
}

/** The configuration of `quan-tri/` at the output root: every commune's collections. */
export function provinceConfig(
  communes: readonly CommuneEditor[],
  backend: EditorBackend,
): Record<string, unknown> {
  const first = communes[0]?.slug ?? '';
  return baseConfig(
    backend,
    first,
    communes.flatMap((commune) => communeCollections(commune, `${commune.slug}--`, `${commune.name}: `)),
  );
}

function baseConfig(
  backend: EditorBackend,
  mediaCommune: string,
  collections: Record<string, unknown>[],
): Record<string, unknown> {
  return {
    locale: 'vi',
    backend,
    // Used only when the page is opened from localhost with `npx decap-server` running.
    local_backend: true,
    ...(WORKFLOW_BACKENDS.has(backend.name) ? { publish_mode: 'editorial_workflow' } : {}),
    // Decap needs a default media folder; every collection stores its files beside the item.
    media_folder: `${CONTENT_ROOT}/${mediaCommune}/tin-tuc`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

/** The collections of one commune: one per section folder, then its YAML files. */
export function communeCollections(
  commune: CommuneEditor,
  prefix: string,
  labelPrefix = '',
): Record<string, unknown>[] {
  const people = { collection: `${prefix}thong-tin`, file: 'people' };
  const context: FieldContext = { people, genres: commune.genres };
  const dir = `${CONTENT_ROOT}/${commune.slug}`;
  const sections = commune.sections.map((section) => {
    const fields = schemaFields(section.schema);
    const dated = section.filedByYear;
    return {
      name: `${prefix}${section.folder}`,
      label: `${labelPrefix}${section.label}`,
      label_singular: `mục ${section.label.toLowerCase()}`,
      folder: `${dir}/${section.folder}`,
      create: true,
      extension: 'md',
      format: 'trangxa-frontmatter',
      // `{{slug}}` is the title in ASCII; `{{year}}` the year the item is written.
      path: dated ? '{{year}}/{{slug}}' : '{{slug}}',
      media_folder: '',
      public_folder: '',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: dated ? ['date', 'title'] : ['title'],
      fields: [
        ...decapFields(headFirst(fields), context),
        {
          name: 'body',
          label: 'Nội dung',
          widget: 'markdown',
          required: false,
          hint: 'Viết bằng Markdown hoặc dùng thanh công cụ.',
        },
      ],
    };
  });
  const files: Record<string, unknown>[] = [
    {
      name: 'site',
      label: 'Thông tin chung (site.yaml)',
      file: `${dir}/site.yaml`,
      fields: decapFields(schemaFields(siteSchema), context, ['site']),
    },
    {
      name: 'people',
      label: 'Người (people.yaml)',
      file: `${dir}/people.yaml`,
      fields: [listField(peopleSchema, 'Người', context, 'people')],
    },
    {
      name: 'editorial-board',
      label: 'Ban biên tập (editorial-board.yaml)',
      file: `${dir}/editorial-board.yaml`,
      fields: decapFields(schemaFields(editorialBoardSchema), context, ['editorial-board']),
    },
  ];
  if (commune.hasRedirects) {
    files.push({
      name: 'redirects',
      label: 'Chuyển hướng địa chỉ cũ (redirects.yaml)',
      file: `${dir}/redirects.yaml`,
      fields: [listField(redirectsSchema, 'Địa chỉ', context, 'redirects')],
    });
  }
  return [
    ...sections,
    {
      name: people.collection,
      label: `${labelPrefix}Thông tin xã`,
      format: 'trangxa-yaml',
      extension: 'yaml',
      media_folder: '',
      public_folder: '',
      editor: { preview: false },
      files,
    },
  ];
}

/** The title, the item's own date and the summary first, as in the contract's examples. */
function headFirst(fields: readonly FieldShape[]): FieldShape[] {
  const head = ['title', 'number', 'type', 'date', 'issued', 'summary'];
  const rank = (f: FieldShape) => (head.includes(f.name) ? head.indexOf(f.name) : head.length);
  return fields.toSorted((a, b) => rank(a) - rank(b));
}

/**
 * A YAML file whose top level is a list (people.yaml, redirects.yaml): Decap edits objects only,
 * so the editor's format (editor-script) shows it as `items` and writes the list back.
 */
function listField(schema: z.ZodType, label: string, context: FieldContext, file: string): DecapField {
  return {
    name: 'items',
    label,
    widget: 'list',
    collapsed: true,
    summary: '{{fields.name}}{{fields.from}}',
    fields: decapFields(listElementFields(schema), context, [file]),
  };
}
