/**
 * `npm run dev -- --commune <slug> [--content <folder>] [--now <date>]`: validates first and
 * prints every problem, then previews the valid communes with Astro's dev server. Drafts and
 * items dated after the clock are shown, marked "Bản nháp" / "Chưa đến ngày đăng"; the build
 * never includes them.
 */
import { resolve } from 'node:path';
import { dev } from 'astro';
import { parseBuildArgs } from '../lib/build/parse-build-args.ts';
import { siteConfig } from '../lib/build/site-config.ts';
import { loadContent } from '../lib/content/load-content.ts';
import { formatProblems } from '../lib/problems.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';

const args = parseOrExit(parseBuildArgs);

const content = await loadContent({ contentDir: args.contentDir, communes: args.communes });
if (content.problems.length) console.error(`${formatProblems(content.problems)}\n`);
const valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
if (content.invalidCommunes.size) {
  console.error(
    `Không xem trước được ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại.`,
  );
}
if (valid.length === 0) {
  console.error('Không có xã nào hợp lệ để xem trước.');
  process.exit(1);
}

const config = siteConfig({
  root: resolve(import.meta.dirname, '../..'),
  site: {
    contentDir: resolve(args.contentDir),
    communes: valid.map((c) => c.slug),
    portal: [],
    portalOnly: false,
    now: args.now,
    preview: true,
  },
});
await dev({ ...config, configFile: false });
