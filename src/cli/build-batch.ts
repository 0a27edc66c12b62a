/**
 * One batch of `npm run build`, in a process of its own that the build command starts (build.ts)
 * and that exits with its memory: it validates its communes, renders and packages them into the
 * stage, and sends their pages to the build command for the search index as they are rendered.
 * Invalid communes are reported and left out. It is not a command of its own: it receives its
 * work as the first message from the build command (`BatchRequest`), and dies with it.
 */
import { formatProblems, hasErrors } from '../lib/problems.ts';
import { alreadyBuilt } from '../lib/build/already-built.ts';
import { parentChannel, type BatchRequest } from '../lib/build/batch-messages.ts';
import { renderCommunes } from '../lib/build/render-communes.ts';

if (!process.send) {
  console.error('Tệp này là một phần của lệnh npm run build, không chạy riêng: hãy chạy npm run build.');
  process.exit(2);
}
// Exit (and so run the exit handlers that remove the temporary folder) when the build command
// is gone or stops this batch; Ctrl-C in a terminal reaches both processes.
process.on('disconnect', () => process.exit(1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));
const send = process.send.bind(process) as Parameters<typeof parentChannel>[0];
const request = new Promise<BatchRequest>((resolve) => process.once('message', resolve));
send({ kind: 'ready' }, () => undefined);
const { options, stage } = await request;
const channel = parentChannel(send);

const [{ loadContent }, { missingUrlWarnings }] = await Promise.all([
  import('../lib/content/load-content.ts'),
  import('../lib/feeds/sitemap.ts'),
]);
const content = await loadContent({ contentDir: options.contentDir, communes: options.communes });
if (content.problems.length) console.error(`${formatProblems(content.problems)}\n`);
const valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
if (content.invalidCommunes.size) {
  console.error(
    `Không xây dựng ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại; trang đã đăng của các xã này giữ nguyên.`,
  );
}
if (valid.length === 0) {
  console.error('Không có xã nào hợp lệ để xây dựng.');
  await channel.built([]);
  process.exit(1);
}
for (const warning of missingUrlWarnings(valid)) console.warn(warning);
// The portal lists what this build makes and what earlier builds (or batches) left; the last
// batch of a build therefore writes the complete portal page.
const built = await alreadyBuilt(options.contentDir, options.outDir, stage);
const portal = [...new Set([...valid.map((c) => c.slug), ...built])].toSorted();
await renderCommunes(options, { communes: valid, portal, stage, sink: channel.sink });
await channel.built(valid.map((c) => c.slug));
process.exit(hasErrors(content.problems) ? 1 : 0);
