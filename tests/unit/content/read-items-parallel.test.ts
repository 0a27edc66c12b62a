import { expect, test } from 'vitest';
import { listItemFiles, readItemFiles } from '../../../src/lib/content/read-items.ts';
import { readItemFilesInParallel } from '../../../src/lib/content/read-items-parallel.ts';
import type { LineIndex } from '../../../src/lib/content/read-yaml.ts';
import { withOverlay } from './with-overlay.ts';

// Two threads load the schemas while the other test files run: slow on a busy machine.
test('items read by three threads are the items, problems and person ids one thread reads, in the same order', { timeout: 30_000 }, async () => {
  const contentDir = await withOverlay('many-problems');
  const files = listItemFiles(contentDir, 'xa-ben');
  expect(files.length).toBeGreaterThanOrEqual(3);
  const oneLines: LineIndex = new Map();
  const manyLines: LineIndex = new Map();
  const one = await readItemFiles(contentDir, 'xa-ben', files, oneLines);
  const many = await readItemFilesInParallel(contentDir, 'xa-ben', files, manyLines, 3);
  expect(one.problems.length).toBeGreaterThan(0);
  expect(many).toEqual(one);
  // A worker's files are looked up on disk (van-ban/2026/12-tb.md): the same line for the same field.
  const last = `xa-ben/${files.at(-1)!.section}/${files.at(-1)!.rel}`;
  expect(manyLines.get(last)?.(['title'])).toBe(4);
  expect(manyLines.get(last)?.(['title'])).toBe(oneLines.get(last)?.(['title']));
});
