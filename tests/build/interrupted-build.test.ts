import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { ROOT, TEST_OUT } from '../support/build-site.ts';

/** Every file of a folder with a hash of its bytes: two equal snapshots are two equal folders. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(
      async (file) =>
        [
          file.slice(dir.length + 1),
          createHash('sha256')
            .update(await readFile(file))
            .digest('hex'),
        ] as const,
    ),
  );
  return Object.fromEntries(hashes.toSorted(([a], [b]) => a.localeCompare(b)));
}

/** The process and all its descendants, from /proc. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    found.push(current);
    for (const task of readdirSync(`/proc/${current}/task`, { withFileTypes: true })
      .map((t) => t.name)
      .filter(Boolean)) {
      const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    }
  }
  return found;
}

const alive = (pid: number): boolean => {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  return state !== 'Z' && state !== 'X';
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The previous site, new content, and a build of it started into the same folder. */
async function startBuild(name: string) {
  // The previous site: the fixture as built once for every build test.
  const out = join(TEST_OUT, name);
  await cp(inject('fixtureDist'), out, { recursive: true, force: true });
  const before = await snapshot(out);
  // New content, so that anything this build wrote into dist/ would show.
  const content = join(await mkdtemp(join(tmpdir(), 'trangxa-interrupted-')), 'content');
  await cp(join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  await writeFile(
    join(content, 'xa-ben/tin-tuc/2026/bai-moi-bi-ngat.md'),
    '---\ntitle: Bài mới INTERRUPTED-MARKER\ndate: 2026-04-05\ncredits:\n  - person: pham-van-tu\n    role: tac-gia\n---\nBài mới.\n',
  );
  const build = spawn(
    process.execPath,
    ['src/cli/build.ts', '--content', content, '--out', out, '--now', '2026-11-26T12:00:00+07:00'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
  const staged = () =>
    readdirSync(dirname(out)).filter((entry) => entry.startsWith(`.${basename(out)}-trangxa-`));
  // Once it has packaged a commune: its pages exist, its search index not yet, the moment at
  // which a build that wrote into dist/ left a commune without its search.
  const packaged = () =>
    staged().some((stage) => existsSync(join(dirname(out), stage, 'xa-ben', 'index.html'))) ||
    existsSync(join(out, 'xa-ben/tin-tuc/2026/bai-moi-bi-ngat'));
  const deadline = Date.now() + 240_000;
  while (!packaged() && Date.now() < deadline && build.exitCode === null) await sleep(20);
  expect(build.exitCode, output).toBeNull();
  const processes = descendants(build.pid!);
  expect(processes.length, 'the build runs a batch process').toBeGreaterThan(1);
  // The batches render in node_modules, in folders named after the stage.
  const stages = staged();
  const gone = async () => {
    for (let waited = 0; waited < 10_000 && processes.some(alive); waited += 100) await sleep(100);
    return [
      ...processes.filter(alive),
      ...readdirSync(join(ROOT, 'node_modules')).filter((name) =>
        stages.some((stage) => name.startsWith(`.trangxa-staging-${stage}-`)),
      ),
    ];
  };
  return { out, before, build, exited, staged, gone, output: () => output };
}

test(
  'a build stopped half-way leaves dist/ exactly as it was, no stage and no process behind',
  { timeout: 300_000 },
  async () => {
    const { out, before, build, exited, staged, gone, output } = await startBuild('interrupted');
    build.kill('SIGTERM');
    expect(await exited).toBe(143);
    // Whatever the processes it started were doing, they stop with it.
    expect(await gone(), output()).toEqual([]);
    expect(staged()).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
    expect(output()).toContain('giữ nguyên như trước khi xây dựng');
  },
);

test(
  'killed outright (no chance to clean up), the build still takes its batch with it and leaves dist/ as it was',
  { timeout: 300_000 },
  async () => {
    const { out, before, build, exited, staged, gone, output } = await startBuild('killed');
    build.kill('SIGKILL');
    await exited;
    expect(await gone(), output()).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
    // Only the stage beside it may remain, hidden, and the next build makes its own.
    for (const stage of staged()) await rm(join(dirname(out), stage), { recursive: true, force: true });
  },
);
