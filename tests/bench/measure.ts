/**
 * Runs a command and measures it the way the benchmark reports: wall time, CPU time of the
 * whole process tree (bash's `times` of its children), and peak RSS of the whole process tree
 * (the sum over every descendant, sampled from /proc every 50 ms).
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

async function treeRssKb(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    rss.set(Number(name), Number(fields[21]) * PAGE_KB);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(label: string, command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', '"$@"; s=$?; echo "@@times"; times; exit $s', 'measure', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const [, timesText = ''] = output.split('@@times');
      // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.567s".
      const childLine = timesText.trim().split('\n').at(-1) ?? '';
      const cpuSeconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
      resolve({ label, wallSeconds, cpuSeconds, peakRssMb: peakKb / 1024, code: code ?? 1, output: output.split('@@times')[0] ?? '' });
    });
  });
}
