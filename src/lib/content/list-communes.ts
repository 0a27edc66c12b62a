import { readdir } from 'node:fs/promises';

/** Lists the commune folders: every folder of the content folder not starting with `_` or `.`. */
export async function listCommunes(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .toSorted();
}
