/**
 * `npm run editor [-- --out dist] [--port 4321]`: the web editor on this computer, without any
 * account: Decap's local backend (decap-server, in git mode: drafts and reviews are branches of
 * this repository, publishing merges them) and the built site, both on 127.0.0.1 only. Open a
 * commune's `quan-tri/` and log in; Ctrl-C stops both. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveOutput } from '../lib/cms/serve-output.ts';
import { parseFlags } from '../lib/cli/parse-flags.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';

const root = resolve(import.meta.dirname, '../..');
const args = parseOrExit(
  (argv) =>
    parseFlags(argv, { out: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } })
      .values,
  'Cách dùng: npm run editor -- [--out <thư mục đã xây dựng>] [--port <cổng>]',
);
const out = resolve(args.out);

if (!existsSync(join(out, 'quan-tri', 'index.html'))) {
  console.error(`Chưa có trình soạn thảo trong ${out}: chạy npm run build trước.`);
  process.exit(1);
}
if (!existsSync(join(root, '.git'))) {
  console.error(
    `${root} không phải một kho git: trình soạn thảo lưu mỗi thay đổi thành một lần commit. Chạy "git init" rồi commit nội dung trước.`,
  );
  process.exit(1);
}

// Decap looks for its local backend at localhost:8081 (config.yml: local_backend).
const backend = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
  env: {
    ...process.env,
    MODE: 'git',
    GIT_REPO_DIRECTORY: root,
    PORT: '8081',
    BIND_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  },
  stdio: 'inherit',
});
backend.on('exit', (code) => {
  console.error(
    `Máy chủ lưu nội dung (decap-server) đã dừng (mã ${code}). Cổng 8081 có đang bị chương trình khác dùng không?`,
  );
  process.exit(1);
});
const server = await serveOutput(out, Number(args.port));
const base = `http://localhost:${args.port}`;
const communes = (await readdir(out))
  .filter((slug) => existsSync(join(out, slug, 'quan-tri', 'index.html')))
  .toSorted();
console.log(`Trình soạn thảo đang chạy trên máy này (Ctrl-C để dừng):`);
console.log(`  tất cả các xã: ${base}/quan-tri/`);
for (const slug of communes) console.log(`  ${slug}: ${base}/${slug}/quan-tri/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    backend.removeAllListeners('exit');
    backend.kill();
    server.close();
    process.exit(0);
  });
}
