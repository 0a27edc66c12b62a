import { expect, test } from 'vitest';
import { readInWorker, type ChunkRead } from '../../../src/lib/content/item-readers.ts';
import { readItemSource } from '../../../src/lib/content/item-source.ts';
import { listItemFiles } from '../../../src/lib/content/item-files.ts';
import { lineOfFileOnDisk, readItemFiles } from '../../../src/lib/content/read-items.ts';
import { readItemFilesInParallel } from '../../../src/lib/content/read-items-parallel.ts';
import type { LineIndex } from '../../../src/lib/content/read-yaml.ts';
import { withOverlay } from './with-overlay.ts';

async function manyProblems() {
  const contentDir = await withOverlay('many-problems');
  const files = listItemFiles(contentDir, 'xa-ben');
  const lines: LineIndex = new Map();
  const one = await readItemFiles(contentDir, 'xa-ben', files, lines);
  return { contentDir, files, lines, one };
}

// Reader threads load the schemas while the other test files run: slow on a busy machine.
const SLOW = { timeout: 30_000 };

test('items read in chunks by three threads are the items, problems and person ids one thread reads, in the same order', SLOW, async () => {
  const { contentDir, files, one } = await manyProblems();
  expect(files.length).toBeGreaterThanOrEqual(3);
  expect(one.problems.length).toBeGreaterThan(0);
  expect(await readItemFilesInParallel(contentDir, 'xa-ben', files, new Map(), { threads: 3, chunk: 1 })).toEqual(one);
});

test('a reader thread takes every chunk left, numbers them and sends the files as read here', SLOW, async () => {
  const { contentDir, files } = await manyProblems();
  const next = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(next, 0, 1);
  const job = readInWorker({ contentDir, slug: 'xa-ben', files, next, chunk: 2 });
  const chunks: ChunkRead[] = [];
  job.port.on('message', (chunk: ChunkRead) => chunks.push(chunk));
  await job.done;
  await new Promise((resolve) => setImmediate(resolve));
  job.port.close();
  expect(chunks.map((c) => c.index)).toEqual(Array.from({ length: Math.ceil(files.length / 2) - 1 }, (_, i) => i + 1));
  expect(chunks.flatMap((c) => c.sources)).toEqual(files.slice(2).map((file) => readItemSource(contentDir, 'xa-ben', file)));
});

test('a file read is looked up on disk: the same line for the same field', async () => {
  const { contentDir, files, lines } = await manyProblems();
  const last = `xa-ben/${files.at(-1)!.section}/${files.at(-1)!.rel}`;
  expect(lineOfFileOnDisk(contentDir, last)(['title'])).toBe(4);
  expect(lineOfFileOnDisk(contentDir, last)(['title'])).toBe(lines.get(last)?.(['title']));
});
