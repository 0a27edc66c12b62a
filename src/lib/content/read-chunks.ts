/**
 * What a reader thread does with a task (`item-readers.ts`): takes the next chunk from the
 * shared counter, reads its files and sends them, until no chunk is left.
 */
import type { ReadItemsTask } from './item-readers.ts';
import { readItemSource } from './item-source.ts';

export function readChunks({ contentDir, slug, files, next, chunk, port }: ReadItemsTask): void {
  for (let index = Atomics.add(next, 0, 1); index * chunk < files.length; index = Atomics.add(next, 0, 1)) {
    port.postMessage({ index, sources: files.slice(index * chunk, (index + 1) * chunk).map((file) => readItemSource(contentDir, slug, file)) });
  }
}
