/**
 * `npm run check [-- --content <folder>] [--commune <slug>]...`: validates the content against
 * the contract without building, prints every problem in Vietnamese, exits 1 on any error.
 */
import { parseFlags } from '../lib/cli/parse-flags.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
import { checkContent } from '../lib/content/check-content.ts';

const values = parseOrExit(
  (argv) =>
    parseFlags(argv, {
      content: { type: 'string', default: 'content' },
      commune: { type: 'string', multiple: true, default: [] },
    }).values,
  'Cách dùng: npm run check -- [--content <thư mục>] [--commune <mã xã>]',
);

try {
  const started = performance.now();
  const report = await checkContent({
    contentDir: values.content,
    communes: values.commune.flatMap((c) => c.split(',')).filter(Boolean),
  });
  const seconds = ((performance.now() - started) / 1000).toLocaleString('vi-VN', {
    maximumFractionDigits: 2,
  });
  (report.exitCode ? console.error : console.log)(`${report.text}\nKiểm tra xong trong ${seconds} giây.`);
  process.exitCode = report.exitCode;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
