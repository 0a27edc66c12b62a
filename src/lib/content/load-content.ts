import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import { crossCheck } from './cross-check.ts';
import { readCommune } from './read-commune.ts';
import { readShared } from './read-shared.ts';
import type { Commune, SharedData } from './types.ts';

export interface LoadOptions {
  /** The content folder (`content/` by default in the CLIs). */
  contentDir: string;
  /** Only these commune slugs; all communes when absent or empty. */
  communes?: readonly string[] | undefined;
}

export interface LoadedContent {
  shared: SharedData;
  /** Every commune that could be read, valid or not: use `invalidCommunes` to tell them apart. */
  communes: Commune[];
  problems: Problem[];
  /** Slugs of the communes with at least one error; they must not be published. */
  invalidCommunes: Set<string>;
}

/** Lists the commune folders: every folder of the content folder not starting with `_` or `.`. */
export async function listCommunes(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .toSorted();
}

/** Reads and validates a whole deployment. Never throws on bad content: it returns problems. */
export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  const contentDir = resolve(options.contentDir);
  if (!existsSync(contentDir)) {
    throw new Error(`Không tìm thấy thư mục nội dung "${contentDir}". Kiểm tra lại tham số --content.`);
  }
  const all = await listCommunes(contentDir);
  const problems: Problem[] = [];
  const wanted = options.communes?.length ? options.communes : all;
  for (const slug of wanted) {
    if (!all.includes(slug)) {
      problems.push(problem(slug, `Không có xã "${slug}" trong thư mục nội dung.${suggestion(slug, all)}`, { fix: `Các xã hiện có: ${all.join(', ')}.` }));
    }
  }
  const present = wanted.filter((s) => all.includes(s));
  const [shared, results] = await Promise.all([
    readShared(contentDir),
    Promise.all(present.map((slug) => readCommune(contentDir, slug))),
  ]);
  problems.push(...shared.problems);
  const communes: Commune[] = [];
  const invalidCommunes = new Set<string>();
  results.forEach((result, index) => {
    const slug = present[index]!;
    const own = [...result.problems];
    if (result.commune) {
      own.push(...crossCheck(result.commune, shared.data));
      communes.push(result.commune);
    }
    if (own.some((p) => p.severity === 'error')) invalidCommunes.add(slug);
    problems.push(...own);
  });
  if (shared.problems.some((p) => p.severity === 'error')) for (const c of communes) invalidCommunes.add(c.slug);
  return { shared: shared.data, communes, problems, invalidCommunes };
}
