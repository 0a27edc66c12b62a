import type { FieldShape } from './schema-fields.ts';
import { enumLabels, fieldLabel, LONG_TEXT } from './field-labels.ts';

/** One field of Decap CMS's configuration (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** What a commune adds to its schemas: where its people are, the genres of its royalty scheme. */
export interface FieldContext {
  /** The collection and file holding people.yaml, for relation widgets. */
  people: { collection: string; file: string };
  /** Genres of the royalty scheme in force, with their labels; none: genre is typed. */
  genres: readonly { key: string; label: string }[];
}

/** Fields whose value is a person's id in people.yaml. */
const PERSON_FIELDS = new Set(['person', 'approvedBy']);
/** Fields that are an image beside the item (the schema checks them as plain paths). */
const IMAGE_FIELDS = new Set(['image']);

const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;
const ENGLISH = /\b(the|of|and|in|for|with|is|are|as|when|e\.g\.|shown|default|optional|beside|used)\b/i;

/**
 * Decap fields for a schema's fields; `parents` are the names above them (`credits`, `people`).
 * Inside an optional object (`source`, `royalty`) nothing is required: Decap would refuse to save
 * an item that leaves the whole object empty. `npm run check` still requires them when it is filled.
 */
export function decapFields(
  fields: readonly FieldShape[],
  context: FieldContext,
  parents: readonly string[] = [],
  optional = false,
): DecapField[] {
  return fields.map((field) => decapField(field, context, parents, optional));
}

export function decapField(
  field: FieldShape,
  context: FieldContext,
  parents: readonly string[],
  optional = false,
): DecapField {
  const words = labelFor(field, parents);
  const base: DecapField = {
    name: field.name,
    label: words.label,
    widget: 'string',
    required: field.required && !optional,
    ...(words.hint ? { hint: words.hint } : {}),
    ...(field.default !== undefined && !Array.isArray(field.default) ? { default: field.default } : {}),
  };
  if (PERSON_FIELDS.has(field.name) && field.kind === 'text') {
    return {
      ...base,
      widget: 'relation',
      collection: context.people.collection,
      file: context.people.file,
      value_field: 'items.*.id',
      search_fields: ['items.*.name', 'items.*.id'],
      display_fields: ['items.*.name'],
    };
  }
  if (field.name === 'genre' && parents.at(-1) === 'royalty' && context.genres.length) {
    return {
      ...base,
      widget: 'select',
      options: context.genres.map((g) => ({ label: g.label, value: g.key })),
    };
  }
  switch (field.kind) {
    case 'text':
      if (IMAGE_FIELDS.has(field.name)) return { ...base, widget: 'image', choose_url: false };
      if (field.format === 'file') return { ...base, widget: 'file', choose_url: false };
      return { ...base, widget: LONG_TEXT.has(field.name) ? 'text' : 'string', ...textPattern(field) };
    case 'date':
      // Stored as the day only ("2022-01-18"): the contract reads a bare day as that day in Vietnam.
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'DD/MM/YYYY',
        time_format: false,
      };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        step: field.integer ? 1 : 0.1,
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'select': {
      const labels = enumLabels(field.options);
      return {
        ...base,
        widget: 'select',
        options: field.options.map((value) => ({ label: labels?.[value] ?? value, value })),
      };
    }
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: !field.required,
        fields: decapFields(field.fields, context, [...parents, field.name], optional || !field.required),
      };
    case 'list': {
      const min = field.minItems === undefined ? {} : { min: field.minItems };
      if (field.of.kind === 'object') {
        return {
          ...base,
          widget: 'list',
          collapsed: false,
          ...min,
          fields: decapFields(field.of.fields, context, [...parents, field.name]),
        };
      }
      const { required: _required, hint: _hint, ...element } = decapField(field.of, context, parents);
      return { ...base, widget: 'list', ...min, field: element };
    }
  }
}

/** A pattern Decap checks before saving, with the schema's rule said in Vietnamese. */
function textPattern(field: Extract<FieldShape, { kind: 'text' }>): { pattern?: [string, string] } {
  if (field.format === 'email')
    return { pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Địa chỉ thư điện tử không hợp lệ.'] };
  if (field.format === 'url')
    return { pattern: ['^https?://', 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://'] };
  if (!field.pattern) return {};
  if (field.pattern.test('nguyen-van-an') && !field.pattern.test('Nguyễn')) {
    return {
      pattern: [
        field.pattern.source,
        'Chỉ gồm chữ thường không dấu a-z, số 0-9 và dấu gạch ngang, ví dụ "nguyen-van-an".',
      ],
    };
  }
  return { pattern: [field.pattern.source, 'Giá trị chưa đúng dạng quy định.'] };
}

function labelFor(field: FieldShape, parents: readonly string[]): { label: string; hint?: string } {
  const keys = parents.map((p) => `${p}.${field.name}`).reverse();
  const words = fieldLabel([...keys, field.name]) ?? { label: field.name };
  const description =
    field.description && VIETNAMESE.test(field.description) && !ENGLISH.test(field.description)
      ? field.description
      : undefined;
  // Our hint first: written for a board member; the schema's when it is in Vietnamese and says more.
  const hint = words.hint ?? (description && description !== words.label ? description : undefined);
  return hint ? { label: words.label, hint } : { label: words.label };
}
