import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblems } from '../../../src/lib/problems.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/content');
export const SECRET = '9704-PAYEE-SECRET-0001';
export const ITEM = (extra = '', body = 'Nội dung.') => `---\ntitle: Bài thử\ndate: 2026-04-03\n${extra}credits:\n  - person: pham-van-tu\n    role: tac-gia\n---\n${body}\n`;
export const DOCUMENT = (file: string) => `---\nnumber: 80/UBND\ntype: cong-van\ntitle: Văn bản thử\nissuer: UBND xã\nissued: 2026-01-18\nsigner: A\nfield: Văn hóa\nfile: ${file}\n---\nNội dung.\n`;

/**
 * The fixture commune xa-ben in a scratch folder beside a `private/` holding payee data, with
 * one change made by `setup` (in the commune folder); returns what `check` prints and its exit.
 */
export async function check(setup: (commune: string, root: string) => Promise<unknown>): Promise<{ text: string; exit: number; summary: string; count: number }> {
  const root = await mkdtemp(join(tmpdir(), 'trangxa-hostile-'));
  const content = join(root, 'content');
  await cp(join(FIXTURES, '_shared'), join(content, '_shared'), { recursive: true });
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-ben'), { recursive: true });
  await mkdir(join(root, 'private/xa-ben'), { recursive: true });
  await writeFile(join(root, 'private/xa-ben/payees.yaml'), `- person: pham-van-tu\n  bankAccount: "${SECRET}"\n`);
  await setup(join(content, 'xa-ben'), root);
  const report = await checkContent({ contentDir: content });
  return { text: formatProblems(report.problems), exit: report.exitCode, summary: report.text.split('\n').at(-1)!, count: report.problems.length };
}

export const news = (commune: string) => join(commune, 'tin-tuc/2026');
export const write = async (path: string, text: string | Buffer) => {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
};

