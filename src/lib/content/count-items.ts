import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTIONS } from './types.ts';

/** How many Markdown items a commune folder holds, without parsing them (for sharding). */
export async function countItems(contentDir: string, slug: string): Promise<number> {
  const counts = await Promise.all(
    SECTIONS.map(async (section) => {
      const entries = await readdir(join(contentDir, slug, section), { recursive: true }).catch(() => []);
      return entries.filter((e) => /\.mdx?$/.test(String(e))).length;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}
