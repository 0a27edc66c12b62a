import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idsInTemplate } from './heading-ids.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every fixed id in `src/components`, `src/layouts` and `src/pages`, read once when the site's
 * configuration loads, so that a template's new id is reserved without anyone keeping a list.
 */
export function templateIds(src: string = SRC): Set<string> {
  const ids = new Set<string>();
  for (const folder of ['components', 'layouts', 'pages']) {
    const files = readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.astro')))
      for (const id of idsInTemplate(readFileSync(join(src, folder, file), 'utf8'))) ids.add(id);
  }
  return ids;
}
