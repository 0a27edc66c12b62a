import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withSyncPageWrites } from '../../src/lib/build/sync-page-writes.ts';
import { TEST_OUT } from '../support/build-site.ts';

/**
 * `sync-page-writes.ts` saves the build time only while Astro writes its pages through
 * `fs.promises.mkdir` and `fs.promises.writeFile` (the functions it replaces). This builds a
 * three-page Astro site through it and fails the day Astro writes its pages another way (a
 * named import from `node:fs/promises`, a stream, a worker): the patch then no longer does
 * anything and should be removed.
 */
const PAGES = ['index.html', 'tin-tuc/index.html', 'tin-tuc/hop-dan/index.html'];

test('Astro writes every page of a build through the synchronous writes', async () => {
  // Inside the repository, so that the site finds Astro in node_modules/.
  const site = join(TEST_OUT, 'sync-page-writes');
  const out = join(site, 'dist');
  await rm(site, { recursive: true, force: true });
  for (const page of PAGES) {
    const source = join(site, 'src/pages', page.replace(/index\.html$/, 'index.astro'));
    await mkdir(join(source, '..'), { recursive: true });
    await writeFile(source, `<html lang="vi"><body><p>${page}</p></body></html>\n`);
  }
  const { build } = await import('astro');
  const written: string[] = [];
  await withSyncPageWrites(
    out,
    () =>
      build({
        root: site,
        outDir: out,
        cacheDir: join(site, 'cache'),
        configFile: false,
        logLevel: 'error',
        build: { format: 'directory' },
      }),
    (file) => written.push(file),
  );
  const pages = written.filter((file) => file.endsWith('.html')).map((file) => file.slice(out.length + 1));
  expect(pages.toSorted()).toEqual(PAGES.toSorted());
  for (const page of PAGES) expect(await readFile(join(out, page), 'utf8')).toContain(`<p>${page}</p>`);
});
