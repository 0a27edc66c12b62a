import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatProblems, hasErrors, type Problem } from '../problems.ts';
import { listCommunes } from './list-communes.ts';
import { readCommuneData } from './read-commune.ts';

/**
 * Astro content loader for each commune's YAML files (site, people, editorial board), one entry
 * per commune, reloaded when one of them changes during `npm run dev`.
 */
export function communeLoader(contentDir: string, only: readonly string[]): Loader {
  return {
    name: 'trangxa-communes',
    load: async ({ store, logger, watcher }) => {
      const slugs = only.length ? only : await listCommunes(contentDir);
      const reload = async () => {
        const problems: Problem[] = [];
        const communes = await Promise.all(slugs.map((slug) => readCommuneData(contentDir, slug, problems)));
        if (hasErrors(problems)) logger.error(`\n${formatProblems(problems)}`);
        store.clear();
        for (const commune of communes) {
          if (commune) store.set({ id: commune.slug, data: { ...commune } });
        }
      };
      await reload();
      watcher?.add(slugs.map((slug) => join(contentDir, slug)));
      watcher?.on('change', (path) => {
        if (/(site|people|editorial-board)\.yaml$/.test(path)) void reload();
      });
    },
  };
}
