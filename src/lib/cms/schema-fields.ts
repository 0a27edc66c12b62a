import type { z } from 'astro/zod';

/**
 * A zod 4 schema read as plain field descriptions, the one input of the editor's configuration:
 * a field the schema gains appears in the editor without anyone editing a CMS file.
 */
export type FieldShape =
  | ({ kind: 'text' } & Common & { pattern?: RegExp; format?: 'email' | 'url' | 'file' })
  | ({ kind: 'date' } & Common)
  | ({ kind: 'number' } & Common & { min?: number; max?: number; integer: boolean })
  | ({ kind: 'boolean' } & Common)
  | ({ kind: 'select' } & Common & { options: readonly string[] })
  | ({ kind: 'object' } & Common & { fields: FieldShape[] })
  | ({ kind: 'list' } & Common & { of: FieldShape; minItems?: number });

/**
 * A union is edited in its last, most general form (`royaltyScheme`: an id or a dated list: the
 * list); `scalarKey` says which key of the list's objects a lone value of the first form fills.
 */
export type UnionInfo = { union?: { scalarKey: string } };

interface Common extends UnionInfo {
  name: string;
  required: boolean;
  description?: string;
  default?: unknown;
}

/** zod 4's internals as far as this module reads them. */
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  shape?: Record<string, Schema>;
  options?: Schema[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}
interface Schema {
  _zod: { def: Def };
  description?: string;
  shape?: Record<string, Schema>;
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** The fields of an object schema, in the schema's order. */
export function schemaFields(schema: z.ZodType): FieldShape[] {
  const shape = objectShape(schema as unknown as Schema);
  if (!shape) throw new Error('schemaFields: the schema is not an object.');
  return Object.entries(shape).map(([name, field]) => fieldShape(name, field));
}

/** The element fields of an array-of-objects schema (people.yaml, redirects.yaml). */
export function listElementFields(schema: z.ZodType): FieldShape[] {
  const def = unwrap(schema as unknown as Schema).schema._zod.def;
  if (def.type !== 'array' || !def.element) throw new Error('listElementFields: the schema is not a list.');
  return schemaFields(def.element as unknown as z.ZodType);
}

function fieldShape(name: string, field: Schema): FieldShape {
  const { schema, required, defaultValue } = unwrap(field);
  const common: Common = {
    name,
    required,
    ...describe(field, schema),
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  };
  const def = schema._zod.def;
  switch (def.type) {
    case 'boolean':
      return { kind: 'boolean', ...common };
    case 'number':
      return { kind: 'number', ...common, ...numberRange(def) };
    case 'enum':
      return { kind: 'select', ...common, options: Object.values(def.entries ?? {}) };
    case 'object':
      return {
        kind: 'object',
        ...common,
        fields: Object.entries(def.shape ?? {}).map(([key, sub]) => fieldShape(key, sub)),
      };
    case 'array': {
      const minItems = checks(def).find((c) => c.check === 'min_length')?.minimum;
      return {
        kind: 'list',
        ...common,
        of: fieldShape(name, def.element!),
        ...(minItems ? { minItems } : {}),
      };
    }
    case 'string':
      return { kind: 'text', ...common, ...stringRules(def) };
    case 'pipe':
      return pipeShape(common, schema);
    case 'union':
      return unionShape(common, def.options ?? []);
  }
  throw new Error(`schemaFields: field "${name}" has a zod type (${def.type}) the editor does not know.`);
}

function unionShape(common: Common, options: readonly Schema[]): FieldShape {
  const last = options.at(-1);
  if (!last) throw new Error(`schemaFields: field "${common.name}" is an empty union.`);
  const general = fieldShape(common.name, last);
  const element = general.kind === 'list' && general.of.kind === 'object' ? general.of.fields[0] : undefined;
  const { required: _required, description: _description, default: _default, ...form } = general;
  return { ...form, ...common, ...(element ? { union: { scalarKey: element.name } } : {}) } as FieldShape;
}

/**
 * A pipe is either a string with a transform (`text()`, `url`) or a parsed date (`vnDate()`):
 * a date is recognised by what it does, turning "2022-01-18" into a Vietnam-time day.
 */
function pipeShape(common: Common, schema: Schema): FieldShape {
  let first = schema;
  while (first._zod.def.type === 'pipe' && first._zod.def.in) first = first._zod.def.in;
  if (
    first._zod.def.type === 'unknown' &&
    schema.safeParse('2022-01-18').success &&
    !schema.safeParse('18/01/2022').success
  )
    return { kind: 'date', ...common };
  if (first._zod.def.type !== 'string')
    throw new Error(`schemaFields: field "${common.name}" is a transform of ${first._zod.def.type}.`);
  return { kind: 'text', ...common, ...stringRules(first._zod.def) };
}

function stringRules(def: Def): { pattern?: RegExp; format?: 'email' | 'url' | 'file' } {
  if (def.format === 'email') return { format: 'email' };
  if (def.format === 'url') return { format: 'url' };
  const regex = checks(def).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  if (!regex) return {};
  // siblingFile(): a file beside the item, `./name.pdf`.
  if (regex.source.startsWith('^\\.\\/')) return { format: 'file', pattern: regex };
  return { pattern: regex };
}

function numberRange(def: Def): { min?: number; max?: number; integer: boolean } {
  const all = checks(def);
  const min = all.find((c) => c.check === 'greater_than');
  const max = all.find((c) => c.check === 'less_than');
  return {
    integer: all.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')),
    // An exclusive bound (`positive()`) has no smallest value; the editor keeps the inclusive ones.
    ...(min?.inclusive ? { min: min.value! } : {}),
    ...(max?.inclusive ? { max: max.value! } : {}),
  };
}

function checks(def: Def): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function unwrap(field: Schema): { schema: Schema; required: boolean; defaultValue?: unknown } {
  let schema = field;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = schema._zod.def;
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue =
        typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else return { schema, required, defaultValue };
    schema = def.innerType!;
  }
}

/** The outermost description wins (`.optional().describe()` over the inner one). */
function describe(field: Schema, inner: Schema): { description?: string } {
  const description = field.description ?? inner.description;
  return description ? { description } : {};
}

function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const def = unwrap(schema).schema._zod.def;
  return def.type === 'object' ? def.shape : undefined;
}
