import type { EditorSettings } from './editor-page.ts';
import { editMarkdown, editYaml, editYamlList, parseYamlText, splitFrontmatter } from './yaml-edit.ts';

/**
 * Decap CMS's file formats for our content (`CMS.registerCustomFormat`): what the editor reads
 * from a file, and the file it writes back, changing only what the board member changed
 * (yaml-edit.ts). Pure, so that it is tested in Node; editor-script.ts registers it.
 */
export interface DecapFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

type Settings = Pick<EditorSettings, 'unions' | 'siblingFields'>;
type Data = Record<string, unknown>;

/** The file as read, kept with the entry (Decap keeps keys it has no field for). */
const SOURCE = '_trangxaSource';
/** A YAML file whose top level is a list (people.yaml): edited as `items`. */
const LIST = '_trangxaList';

export function decapFormats(settings: Settings): { frontmatter: DecapFormat; yaml: DecapFormat } {
  /** `royaltyScheme: id` is shown as a one-line list of `{ scheme }`. */
  const wrapUnions = (data: Data): Data => {
    const out = { ...data };
    for (const [key, scalarKey] of Object.entries(settings.unions))
      if (typeof out[key] === 'string') out[key] = [{ [scalarKey]: out[key] }];
    return out;
  };
  /** ... and written back as one id when it still is one and was one. */
  const unwrapUnions = (data: Data, original: Data): Data => {
    const out = { ...data };
    for (const [key, scalarKey] of Object.entries(settings.unions)) {
      const value = out[key];
      if (typeof original[key] !== 'string' || !Array.isArray(value) || value.length !== 1) continue;
      const only = value[0] as Data;
      const keys = Object.keys(only).filter(
        (k) => only[k] !== undefined && only[k] !== '' && only[k] !== null,
      );
      if (keys.length === 1 && keys[0] === scalarKey) out[key] = only[scalarKey];
    }
    return out;
  };
  /** Decap writes a file chosen beside the item as `anh.jpg`; the contract writes `./anh.jpg`. */
  const siblingPaths = (data: Data): Data =>
    Object.fromEntries(
      Object.entries(data).map(([key, value]) => {
        if (typeof value === 'string' && settings.siblingFields.includes(key) && /^[^/\\:]+$/.test(value))
          return [key, `./${value}`];
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
          return [key, siblingPaths(value as Data)];
        return [key, value];
      }),
    );
  const parsed = (text: unknown): Data =>
    typeof text === 'string' ? ((parseYamlText(text) ?? {}) as Data) : {};

  return {
    frontmatter: {
      fromFile(text) {
        const { yaml, body } = splitFrontmatter(text);
        return { ...wrapUnions(parsed(yaml)), body, [SOURCE]: text };
      },
      toFile(data, sortedKeys = []) {
        const { [SOURCE]: source, [LIST]: _list, ...fields } = data;
        const text = typeof source === 'string' ? source : undefined;
        const original = text === undefined ? {} : parsed(splitFrontmatter(text).yaml);
        return editMarkdown(text, siblingPaths(unwrapUnions(fields, original)), ['title', ...sortedKeys]);
      },
    },
    yaml: {
      fromFile(text) {
        const data = parseYamlText(text);
        if (Array.isArray(data)) return { items: data, [SOURCE]: text, [LIST]: true };
        return { ...wrapUnions((data ?? {}) as Data), [SOURCE]: text };
      },
      toFile(data, sortedKeys = []) {
        const { [SOURCE]: source, [LIST]: list, ...fields } = data;
        const text = typeof source === 'string' ? source : undefined;
        if (list) return editYamlList(text, Array.isArray(fields['items']) ? fields['items'] : []);
        return editYaml(text, siblingPaths(unwrapUnions(fields, parsed(text))), sortedKeys);
      },
    },
  };
}
