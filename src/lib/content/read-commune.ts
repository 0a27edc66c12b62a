import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../problems.ts';
import { editorialBoardSchema } from '../schemas/editorial-board.ts';
import { PRIVATE_KEY, peopleSchema } from '../schemas/people.ts';
import { siteSchema } from '../schemas/site.ts';
import { ASCII_NAME } from './item-files.ts';
import { logoProblems } from './logo-check.ts';
import { readItems, type PersonRef } from './read-items.ts';
import { readEditorFile } from './read-text.ts';
import { parseYaml, type LineIndex } from './read-yaml.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import type { Commune, EditorialBoard, Person, Site } from './types.ts';
import { zodProblems } from './zod-problems.ts';

export interface CommuneResult {
  commune?: Commune;
  problems: Problem[];
  /** Every person id the commune's items name, valid items or not, for the cross-check. */
  refs: PersonRef[];
  /** Line lookup of each file read, to place problems found later (royalty rules). */
  lines: LineIndex;
}

/** Reads and validates one commune folder: its YAML files and every section's Markdown. */
export async function readCommune(contentDir: string, slug: string): Promise<CommuneResult> {
  const problems: Problem[] = [];
  const lines: LineIndex = new Map();
  const siteFile = `${slug}/site.yaml`;
  if (!existsSync(join(contentDir, siteFile))) {
    const fix = `Tạo tệp ${siteFile} (tên xã, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, email, đầu mối thông tin), hoặc đổi tên thư mục bắt đầu bằng "_" nếu đây không phải là một xã.`;
    return { problems: [problem(siteFile, `Thư mục "${slug}" không có tệp site.yaml nên không biết đây là xã nào.`, { fix })], refs: [], lines };
  }
  if (!ASCII_NAME.test(slug)) {
    problems.push(problem(siteFile, `Tên thư mục xã "${slug}" phải viết thường, không dấu, nối bằng gạch ngang.`, { fix: 'Ví dụ: "duc-binh-tay".' }));
  }
  const [data, items] = await Promise.all([readCommuneData(contentDir, slug, problems, lines), readItems(contentDir, slug, problems, lines)]);
  if (!data) return { problems, refs: items.refs, lines };
  return { commune: { ...data, items: items.items }, problems, refs: items.refs, lines };
}

/** The commune's YAML files: site.yaml, people.yaml and editorial-board.yaml. */
export async function readCommuneData(
  contentDir: string,
  slug: string,
  problems: Problem[],
  lines: LineIndex = new Map(),
): Promise<Omit<Commune, 'items'> | undefined> {
  const read = (file: string, schema: z.ZodType, required: boolean) => readYamlFile(contentDir, file, schema, problems, lines, required);
  const [site, people, board] = await Promise.all([
    read(`${slug}/site.yaml`, siteSchema, true) as Promise<Site | undefined>,
    read(`${slug}/people.yaml`, peopleSchema, false) as Promise<Person[] | undefined>,
    read(`${slug}/editorial-board.yaml`, editorialBoardSchema, false) as Promise<EditorialBoard | undefined>,
  ]);
  if (!site) return undefined;
  if (site.logo) problems.push(...(await logoProblems(contentDir, slug, site.logo)));
  const data: Omit<Commune, 'items'> = { slug, site, people: people ?? [] };
  if (board) data.board = board;
  return data;
}

async function readYamlFile(
  contentDir: string,
  file: string,
  schema: z.ZodType,
  problems: Problem[],
  lines: LineIndex,
  required: boolean,
): Promise<unknown> {
  const source = await readEditorFile(join(contentDir, file), file);
  if (source === undefined) {
    if (required) problems.push(problem(file, 'Thiếu tệp.', { fix: `Tạo tệp ${file}.` }));
    return undefined;
  }
  if (typeof source !== 'string') {
    problems.push(source);
    return undefined;
  }
  const parsed = parseYaml(source, file);
  lines.set(file, parsed.lineOf);
  problems.push(...parsed.problems);
  if (parsed.problems.length) return undefined;
  const isPeople = file.endsWith('/people.yaml');
  const value = parsed.value ?? (isPeople ? [] : {});
  if (isPeople) problems.push(...privateKeyProblems(value, file, parsed.lineOf));
  problems.push(...unknownKeyProblems(schema, value, file, parsed.lineOf, (key) => isPeople && PRIVATE_KEY.test(key)));
  const result = schema.safeParse(value);
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, parsed.lineOf, value));
    return undefined;
  }
  if (isPeople) problems.push(...duplicateIdProblems(result.data as Person[], file, parsed.lineOf));
  return result.data;
}

/** people.yaml is published: payment data in it is an error, whatever else is wrong. */
function privateKeyProblems(value: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  if (!Array.isArray(value)) return [];
  const commune = file.split('/')[0];
  return value.flatMap((entry: unknown, index) =>
    entry === null || typeof entry !== 'object'
      ? []
      : Object.keys(entry)
          .filter((key) => PRIVATE_KEY.test(key))
          .map((key) =>
            problem(file, `Trường "${key}" là thông tin riêng tư (tài khoản, mã số thuế, số giấy tờ) và không được để ở đây vì people.yaml được đăng công khai.`, {
              line: lineOf([index, key]),
              field: `${index}.${key}`,
              fix: `Xóa trường này khỏi people.yaml và ghi vào private/${commune}/payees.yaml (thư mục private/ không bao giờ được đưa lên trang).`,
            }),
          ),
  );
}

function duplicateIdProblems(people: Person[], file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const seen = new Set<string>();
  return people.flatMap((person, index) => {
    const duplicate = seen.has(person.id);
    seen.add(person.id);
    return duplicate
      ? [problem(file, `Mã người "${person.id}" bị trùng.`, { line: lineOf([index, 'id']), field: `${index}.id`, fix: 'Mỗi người một mã riêng; thêm số hoặc tên đệm để phân biệt, ví dụ "nguyen-van-an-2".' })]
      : [];
  });
}
