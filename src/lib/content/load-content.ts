import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import { crossCheck } from './cross-check.ts';
import { listCommunes } from './list-communes.ts';
import { readCommune } from './read-commune.ts';
import { readShared } from './read-shared.ts';
import type { LineIndex } from './read-yaml.ts';
import { royaltyProblems } from './royalty-check.ts';
import { lifecycleProblems } from '../units/lifecycle-check.ts';
import { optionalSharedProblems } from './optional-shared-problems.ts';
import { readRedirects } from '../redirects/read-redirects.ts';
import { redirectProblems, redirectsFile } from '../redirects/check-redirects.ts';
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

/**
 * Reads and validates a whole deployment: every file against its schema, the rules across files
 * and the royalty rules. The one validation path: `npm run check`, `npm run build` and
 * `npm run dev` all call it. Never throws on bad content: it returns problems.
 */
export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  const contentDir = resolve(options.contentDir);
  if (!existsSync(contentDir)) {
    throw new Error(`Không tìm thấy thư mục nội dung "${contentDir}". Kiểm tra lại tham số --content.`);
  }
  const all = await listCommunes(contentDir);
  const problems: Problem[] = await linkedFolderProblems(contentDir);
  const wanted = options.communes?.length ? options.communes : all;
  for (const slug of wanted) {
    if (!all.includes(slug)) {
      problems.push(problem(slug, `Không có xã "${slug}" trong thư mục nội dung.${suggestion(slug, all)}`, { fix: `Các xã hiện có: ${all.join(', ')}.` }));
    }
  }
  const present = wanted.filter((s) => all.includes(s));
  const shared = await readShared(contentDir);
  // One commune at a time: reading is synchronous underneath (see read-items.ts).
  const results = [];
  for (const slug of present) results.push(await readCommune(contentDir, slug));
  const redirects = await Promise.all(present.map((slug) => readRedirects(contentDir, slug)));
  problems.push(...shared.problems, ...(await optionalSharedProblems(contentDir)));
  const communes: Commune[] = [];
  const invalidCommunes = new Set<string>();
  results.forEach((result, index) => {
    const slug = present[index]!;
    const own = [...result.problems, ...redirects[index]!.problems];
    const redirectLines = redirects[index]!.lineOf;
    if (redirectLines) result.lines.set(redirectsFile(slug), redirectLines);
    if (result.commune) {
      const crossed = crossCheck(result.commune, shared.data, result.refs);
      // The royalty rules assume the cross-file rules passed: an item with a cross-file error
      // (an unknown person) is checked for royalties once that is fixed.
      const failed = new Set(crossed.filter((p) => p.severity === 'error').map((p) => p.file));
      const related = [...crossed, ...royaltyProblems(result.commune, shared.data, failed)];
      // A people.yaml that could not be read (its error is said) leaves no person known: every
      // credit would be "unknown" too, one message per credit for one mistake.
      const peopleUnread = result.commune.people.length === 0 && result.problems.some((p) => p.file === `${slug}/people.yaml` && p.severity === 'error');
      own.push(...(peopleUnread ? related.filter((p) => !PERSON_FIELD.test(p.field ?? '')) : related), ...lifecycleProblems(result.commune, all), ...redirectProblems(result.commune, redirects[index]!.redirects));
      communes.push(result.commune);
    }
    placeOnLines(own, result.lines);
    if (own.some((p) => p.severity === 'error')) invalidCommunes.add(slug);
    problems.push(...own);
  });
  if (shared.problems.some((p) => p.severity === 'error')) for (const c of communes) invalidCommunes.add(c.slug);
  return { shared: shared.data, communes, problems, invalidCommunes };
}

/** Fields that name a person of people.yaml (credits, approver, board members). */
const PERSON_FIELD = /(^|\.)(person|approvedBy)$/;

/** Gives a line to problems that name a field but were found without the file's text. */
function placeOnLines(problems: Problem[], lines: LineIndex): void {
  for (const p of problems) {
    if (p.line !== undefined || p.field === undefined) continue;
    const line = lines.get(p.file)?.(p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    if (line !== undefined) p.line = line;
  }
}

/** A commune or `_shared` folder that is a symbolic link is never read: say so. */
async function linkedFolderProblems(contentDir: string): Promise<Problem[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isSymbolicLink())
    .map((e) => problem(e.name, `"${e.name}" trong thư mục nội dung là một liên kết (symlink), không phải thư mục thật, nên không được đọc.`, { fix: 'Thay liên kết bằng chính thư mục (chép thư mục thật vào đây).' }));
}
