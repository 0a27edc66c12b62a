import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../problems.ts';
import { editorialBoardSchema } from '../schemas/editorial-board.ts';
import { PRIVATE_KEY, peopleSchema } from '../schemas/people.ts';
import { siteSchema } from '../schemas/site.ts';
import { parseMarkdown } from './frontmatter.ts';
import { parseYaml } from './read-yaml.ts';
import { SECTION_SCHEMAS } from './section-schemas.ts';
import { toItem } from './to-item.ts';
import { SECTIONS, type Commune, type EditorialBoard, type Item, type Person, type Section, type Site } from './types.ts';
import { zodProblems } from './zod-problems.ts';

export interface CommuneResult {
  commune?: Commune;
  problems: Problem[];
}

const ASCII_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and validates one commune folder: its YAML files and every section's Markdown. */
export async function readCommune(contentDir: string, slug: string): Promise<CommuneResult> {
  const problems: Problem[] = [];
  const siteFile = `${slug}/site.yaml`;
  if (!existsSync(join(contentDir, siteFile))) {
    return {
      problems: [
        problem(siteFile, `Thư mục "${slug}" không có tệp site.yaml nên không biết đây là xã nào.`, {
          fix: `Tạo tệp ${siteFile} (tên xã, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, email, đầu mối thông tin), hoặc đổi tên thư mục bắt đầu bằng "_" nếu đây không phải là một xã.`,
        }),
      ],
    };
  }
  if (!ASCII_NAME.test(slug)) {
    problems.push(problem(siteFile, `Tên thư mục xã "${slug}" phải viết thường, không dấu, nối bằng gạch ngang.`, { fix: 'Ví dụ: "duc-binh-tay".' }));
  }
  const [data, items] = await Promise.all([readCommuneData(contentDir, slug, problems), readItems(contentDir, slug, problems)]);
  if (!data) return { problems };
  return { commune: { ...data, items }, problems };
}

/** The commune's YAML files: site.yaml, people.yaml and editorial-board.yaml. */
export async function readCommuneData(contentDir: string, slug: string, problems: Problem[]): Promise<Omit<Commune, 'items'> | undefined> {
  const [site, people, board] = await Promise.all([
    readYamlFile(contentDir, `${slug}/site.yaml`, siteSchema, problems, true) as Promise<Site | undefined>,
    readPeople(contentDir, slug, problems),
    readYamlFile(contentDir, `${slug}/editorial-board.yaml`, editorialBoardSchema, problems, false) as Promise<EditorialBoard | undefined>,
  ]);
  if (!site) return undefined;
  const data: Omit<Commune, 'items'> = { slug, site, people: people ?? [] };
  if (board) data.board = board;
  return data;
}

async function readYamlFile(
  contentDir: string,
  file: string,
  schema: z.ZodType,
  problems: Problem[],
  required: boolean,
): Promise<unknown> {
  const source = await readFile(join(contentDir, file), 'utf8').catch(() => undefined);
  if (source === undefined) {
    if (required) problems.push(problem(file, 'Thiếu tệp.', { fix: `Tạo tệp ${file}.` }));
    return undefined;
  }
  const parsed = parseYaml(source, file);
  problems.push(...parsed.problems);
  if (parsed.problems.length) return undefined;
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, parsed.lineOf, parsed.value));
    return undefined;
  }
  return result.data;
}

async function readPeople(contentDir: string, slug: string, problems: Problem[]): Promise<Person[] | undefined> {
  const file = `${slug}/people.yaml`;
  const source = await readFile(join(contentDir, file), 'utf8').catch(() => undefined);
  if (source === undefined) return [];
  const parsed = parseYaml(source, file);
  problems.push(...parsed.problems);
  if (parsed.problems.length) return undefined;
  const raw = (parsed.value ?? []) as unknown;
  if (Array.isArray(raw)) {
    raw.forEach((entry, index) => {
      if (entry === null || typeof entry !== 'object') return;
      for (const key of Object.keys(entry)) {
        if (PRIVATE_KEY.test(key)) {
          problems.push(
            problem(file, `Trường "${key}" là thông tin riêng tư (tài khoản, mã số thuế, số giấy tờ) và không được để ở đây vì people.yaml được đăng công khai.`, {
              line: parsed.lineOf([index, key]),
              field: `${index}.${key}`,
              fix: `Xóa trường này khỏi people.yaml và ghi vào private/${slug}/payees.yaml (thư mục private/ không bao giờ được đưa lên trang).`,
            }),
          );
        }
      }
    });
  }
  const result = peopleSchema.safeParse(raw);
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, parsed.lineOf, raw));
    return undefined;
  }
  const seen = new Map<string, number>();
  result.data.forEach((person, index) => {
    if (seen.has(person.id)) {
      problems.push(problem(file, `Mã người "${person.id}" bị trùng.`, { line: parsed.lineOf([index, 'id']), field: `${index}.id`, fix: 'Mỗi người một mã riêng; thêm số hoặc tên đệm để phân biệt, ví dụ "nguyen-van-an-2".' }));
    }
    seen.set(person.id, index);
  });
  return result.data as Person[];
}

async function readItems(contentDir: string, slug: string, problems: Problem[]): Promise<Item[]> {
  const perSection = await Promise.all(
    SECTIONS.map(async (section) => {
      const files = await listMarkdown(join(contentDir, slug, section));
      const items = await Promise.all(files.map((rel) => readItem(contentDir, slug, section, rel, problems)));
      return items.filter((item): item is Item => item !== undefined);
    }),
  );
  const items = perSection.flat();
  const byPath = Map.groupBy(items, (item) => item.path);
  for (const [path, same] of byPath) {
    if (same.length > 1) {
      problems.push(problem(same[1]!.file, `Trùng đường dẫn "${path}" với tệp ${same[0]!.file}: hai bài sẽ có cùng địa chỉ trên trang.`, { fix: 'Đổi tên một trong hai tệp.' }));
    }
  }
  return items;
}

/** Markdown files under a folder, as paths relative to it, sorted. */
async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => posix.join(posix.relative(dir.split('\\').join('/'), e.parentPath.split('\\').join('/')), e.name))
    .toSorted();
}

async function readItem(contentDir: string, slug: string, section: Section, rel: string, problems: Problem[]): Promise<Item | undefined> {
  const file = `${slug}/${section}/${rel}`;
  const path = `${section}/${rel.replace(/\.mdx?$/, '')}`;
  const badSegment = path.split('/').find((s) => !ASCII_NAME.test(s));
  if (badSegment !== undefined) {
    problems.push(problem(file, `Tên tệp hoặc thư mục "${badSegment}" phải viết thường, không dấu, nối bằng gạch ngang (nó là một phần địa chỉ trang).`, { fix: 'Ví dụ: "hoi-nghi-trien-khai-nhiem-vu-2022.md".' }));
    return undefined;
  }
  const source = await readFile(join(contentDir, file), 'utf8');
  const parsed = parseMarkdown(source, file);
  if (!('frontmatter' in parsed)) {
    problems.push(parsed);
    return undefined;
  }
  const { frontmatter } = parsed;
  problems.push(...frontmatter.problems);
  if (frontmatter.problems.length) return undefined;
  const result = SECTION_SCHEMAS[section].safeParse(frontmatter.value ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, frontmatter.lineOf, frontmatter.value));
    return undefined;
  }
  const data = result.data as Record<string, unknown>;
  const folder = dirname(join(contentDir, file));
  for (const field of ['image', 'file'] as const) {
    const value = data[field];
    if (typeof value === 'string' && !existsSync(join(folder, value))) {
      problems.push(problem(file, `Không tìm thấy tệp "${value}" cạnh bài viết.`, { line: frontmatter.lineOf([field]), field, fix: 'Đặt tệp vào cùng thư mục với tệp .md, hoặc sửa lại tên tệp cho đúng (phân biệt chữ hoa, chữ thường).' }));
    }
  }
  return toItem(slug, section, path, file, data);
}
