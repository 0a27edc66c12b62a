/**
 * Runs a command and measures it the way the benchmark reports: wall time, CPU time of the
 * whole process tree (bash's `times` of its children), and peak RSS of the whole process tree
 * (the sum over every descendant, sampled from /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measurement {
  label: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  code: number;
  output: string;
}

const PAGE_KB = 4;

/**
 * Sum of the resident memory of a process and all its descendants. Walks the tree through
 * /proc/<pid>/task/<tid>/children, so a sample costs a few reads, not a scan of all of /proc
 * (which took a quarter of a core at 20 samples a second and slowed what it measured).
 */
async function treeRssKb(root: number): Promise<number> {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    total += Number(statm.split(' ')[1] ?? 0) * PAGE_KB;
    for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [])) {
      const children = await readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => '');
      for (const child of children.split(' ')) if (child.trim()) stack.push(Number(child));
    }
  }
  return total;
}

export function measure(
  label: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      'bash',
      ['-c', '"$@"; s=$?; echo "@@times"; times; exit $s', 'measure', command, ...args],
      {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakKb = 0;
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      void treeRssKb(child.pid).then((kb) => {
        peakKb = Math.max(peakKb, kb);
        sampling = false;
      });
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const [, timesText = ''] = output.split('@@times');
      // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.567s".
      const childLine = timesText.trim().split('\n').at(-1) ?? '';
      const cpuSeconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
        0,
      );
      resolve({
        label,
        wallSeconds,
        cpuSeconds,
        peakRssMb: peakKb / 1024,
        code: code ?? 1,
        output: output.split('@@times')[0] ?? '',
      });
    });
  });
}
