import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The arguments after `node` of a package.json script, so that the bench runs each command with
 * the Node flags `npm run` gives it (young-generation sizes), without npm's own start-up time.
 */
export function npmScript(root: string, name: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (scripts[name] ?? '').split(' ');
  if (command !== 'node')
    throw new Error(`Lệnh "npm run ${name}" không bắt đầu bằng "node": sửa tests/bench/npm-script.ts.`);
  return args;
}
