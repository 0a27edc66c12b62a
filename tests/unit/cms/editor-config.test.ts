import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { communeConfig, provinceConfig, type CommuneEditor } from '../../../src/lib/cms/decap-config.ts';
import { redirectsSchema } from '../../../src/lib/schemas/redirects.ts';
import { SECTION_FOLDERS } from '../../../src/lib/sections/registry.ts';
import { editorSections } from '../../../src/lib/cms/editor-sections.ts';
import { editorialBoardSchema } from '../../../src/lib/schemas/editorial-board.ts';
import { peopleSchema } from '../../../src/lib/schemas/people.ts';
import { siteSchema } from '../../../src/lib/schemas/site.ts';

/**
 * Every field of every content schema must be in the editor, with the widget its type calls
 * for. The expected widget is worked out here from zod's own types, apart from the generator.
 */
interface Def {
  type: string;
  innerType?: Node;
  in?: Node;
  element?: Node;
  shape?: Record<string, Node>;
  options?: Node[];
}
interface Node {
  _zod: { def: Def };
}
interface Field {
  name: string;
  widget: string;
  label: string;
  fields?: Field[];
  field?: Field;
  options?: { label: string; value: string }[];
  collection?: string;
  file?: string;
  min?: number;
  max?: number;
}
interface Collection {
  name: string;
  folder?: string;
  file?: string;
  fields?: Field[];
  files?: { name: string; file: string; fields: Field[] }[];
}

/** Fields whose widget is not the one of their zod type, and why. */
const SPECIAL: Record<string, string> = {
  person: 'relation', // an id in people.yaml
  approvedBy: 'relation', // an id in people.yaml
  image: 'image', // an image beside the item
  file: 'file', // siblingFile(): an attachment beside the item
  genre: 'select', // a genre of the commune's royalty scheme in force
};

function strip(node: Node): Node {
  let current = node;
  while (['optional', 'default', 'nullable'].includes(current._zod.def.type))
    current = current._zod.def.innerType!;
  return current;
}

function expectedWidget(name: string, node: Node): string {
  if (SPECIAL[name]) return SPECIAL[name];
  const def = strip(node)._zod.def;
  if (def.type === 'union') return expectedWidget(name, def.options!.at(-1)!);
  if (def.type === 'pipe') {
    let first = strip(node);
    while (first._zod.def.type === 'pipe') first = first._zod.def.in!;
    return first._zod.def.type === 'unknown' ? 'datetime' : 'string|text';
  }
  return (
    {
      string: 'string|text',
      boolean: 'boolean',
      number: 'number',
      enum: 'select',
      object: 'object',
      array: 'list',
    }[def.type] ?? `unknown zod type ${def.type}`
  );
}

function shapeOf(node: Node): Record<string, Node> {
  let def = strip(node)._zod.def;
  if (def.type === 'union') def = strip(def.options!.at(-1)!)._zod.def;
  if (def.type === 'array') def = strip(def.element!)._zod.def;
  return def.shape ?? {};
}

/** [path, expected widget, generated field] for every field, at every depth. */
function walk(
  shape: Record<string, Node>,
  fields: readonly Field[] | undefined,
  path: string,
): [string, string, Field | undefined][] {
  return Object.entries(shape).flatMap(([name, node]) => {
    const field = fields?.find((f) => f.name === name);
    const inner = shapeOf(node);
    const below = Object.keys(inner).length ? walk(inner, field?.fields, `${path}.${name}`) : [];
    return [
      [`${path}.${name}`, expectedWidget(name, node), field] as [string, string, Field | undefined],
      ...below,
    ];
  });
}

const sections = editorSections();
const commune: CommuneEditor = {
  slug: 'xa-mau',
  name: 'Xã Mẫu',
  sections,
  hasRedirects: true,
  genres: [
    { key: 'tin', label: 'Tin' },
    { key: 'anh', label: 'Ảnh' },
  ],
};
const config = communeConfig(commune, { name: 'github', repo: 'so-tt/trang-xa', branch: 'main' }) as {
  collections: Collection[];
};
const info = config.collections.find((c) => c.files)!;
const file = (name: string) => info.files!.find((f) => f.name === name)!;
const listFields = (name: string) => file(name).fields[0]!.fields;

const shapeOfSchema = (schema: z.ZodType) => shapeOf(schema as unknown as Node);
const cases: [string, string, Field | undefined][] = [
  ...sections.flatMap((s) =>
    walk(shapeOfSchema(s.schema), config.collections.find((c) => c.name === s.folder)?.fields, s.folder),
  ),
  ...walk(shapeOfSchema(siteSchema), file('site').fields, 'site.yaml'),
  ...walk(shapeOfSchema(peopleSchema), listFields('people'), 'people.yaml'),
  ...walk(shapeOfSchema(editorialBoardSchema), file('editorial-board').fields, 'editorial-board.yaml'),
  ...walk(shapeOfSchema(redirectsSchema), listFields('redirects'), 'redirects.yaml'),
];

describe('the editor configuration generated from the schemas', () => {
  test('every section folder of the content has its collection', () => {
    expect(sections.map((s) => s.folder).toSorted()).toEqual(SECTION_FOLDERS.toSorted());
  });

  test('walks a sensible number of fields (a broken walk would pass vacuously)', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  test.each(cases)('%s is in the editor with widget %s', (_path, widget, field) => {
    expect(field).toBeDefined();
    expect(widget.split('|')).toContain(field!.widget);
  });

  test.each(cases)('%s has a Vietnamese label, not its key', (_path, _widget, field) => {
    expect(field?.label).not.toBe(field?.name);
  });

  test.each(cases.filter(([, , field]) => field?.widget === 'select'))(
    '%s: every option has a Vietnamese label',
    (_path, _widget, field) => {
      for (const option of field!.options!) expect(option.label).not.toBe(option.value);
    },
  );

  test('one collection per section folder, inside the commune folder, plus the YAML files', () => {
    expect(config.collections.filter((c) => c.folder).map((c) => [c.name, c.folder])).toEqual(
      sections.map((s) => [s.folder, `content/xa-mau/${s.folder}`]),
    );
    expect(info.files!.map((f) => f.file)).toEqual([
      'content/xa-mau/site.yaml',
      'content/xa-mau/people.yaml',
      'content/xa-mau/editorial-board.yaml',
      'content/xa-mau/redirects.yaml',
    ]);
  });

  test('nothing in the configuration points outside content/ (private/ is never reachable)', () => {
    const paths = JSON.stringify(
      provinceConfig([commune, { ...commune, slug: 'xa-ben', hasRedirects: false }], {
        name: 'gitlab',
        repo: 'a/b',
        branch: 'main',
      }),
    )
      .match(/"(folder|file|media_folder|public_folder)":"[^"]*"/g)!
      // A relation names its file collection by name; an empty media folder is the item's own.
      .filter((entry) => /\/|\.\./.test(entry));
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path).toMatch(/":"content\/[a-z0-9-]+\/[^.]/);
  });

  test('enumerations are selects with Vietnamese labels', () => {
    const news = config.collections.find((c) => c.name === 'tin-tuc')!.fields!;
    const role = news.find((f) => f.name === 'credits')!.fields!.find((f) => f.name === 'role')!;
    expect(role.options).toContainEqual({ label: 'Tác giả', value: 'tac-gia' });
    const type = config.collections
      .find((c) => c.name === 'van-ban')!
      .fields!.find((f) => f.name === 'type')!;
    expect(type.options).toContainEqual({ label: 'Công văn', value: 'cong-van' });
    const genre = news.find((f) => f.name === 'royalty')!.fields!.find((f) => f.name === 'genre')!;
    expect(genre.options).toEqual([
      { label: 'Tin', value: 'tin' },
      { label: 'Ảnh', value: 'anh' },
    ]);
  });

  test('people are chosen from people.yaml; numbers keep the schema range', () => {
    const credits = config.collections
      .find((c) => c.name === 'tin-tuc')!
      .fields!.find((f) => f.name === 'credits')!.fields!;
    expect(credits.find((f) => f.name === 'person')).toMatchObject({
      widget: 'relation',
      collection: 'thong-tin',
      file: 'people',
    });
    expect(credits.find((f) => f.name === 'share')).toMatchObject({ min: 0, max: 100 });
    const year = config.collections
      .find((c) => c.name === 'cong-khai')!
      .fields!.find((f) => f.name === 'year')!;
    expect(year).toMatchObject({ widget: 'number', min: 1945, max: 2200 });
  });

  test('draft → review → publish on GitHub and GitLab; Gitea commits directly (Decap has no workflow there)', () => {
    expect(communeConfig(commune, { name: 'gitlab', repo: 'a/b', branch: 'main' })).toMatchObject({
      publish_mode: 'editorial_workflow',
      locale: 'vi',
    });
    expect(communeConfig(commune, { name: 'gitea', repo: 'a/b', branch: 'main' })).not.toHaveProperty(
      'publish_mode',
    );
  });
});
