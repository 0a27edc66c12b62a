import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where test builds go; TRANGXA_TEST_OUT gives each of several checkouts sharing one node_modules its own. */
export const TEST_OUT = process.env['TRANGXA_TEST_OUT'] ?? join(ROOT, 'node_modules', '.trangxa-test');

/** The clock every fixture build uses, so scheduled items are decided the same way each run. */
export const FIXTURE_NOW = '2026-11-26T12:00:00+07:00';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** Runs `npm run build` as a user would (the CLI, in a child process) into a fresh folder. */
export async function buildSite(
  name: string,
  args: readonly string[],
  options: { fresh?: boolean } = {},
): Promise<BuildResult> {
  const outDir = join(TEST_OUT, name);
  if (options.fresh ?? true) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/build.ts', '--out', outDir, ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr, outDir };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '', outDir };
  }
}
