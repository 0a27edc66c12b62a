import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { withOverlay } from './content/with-overlay.ts';

const run = promisify(execFile);

/** Runs `npm run check` as an editor does, in a child process. */
async function checkCli(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/check.ts', ...args]);
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// Each test starts the command as a process: Node strips the types of every module at each
// start, which on a busy 2-core machine can take longer than vitest's default 5 s.
describe('npm run check', { timeout: 30_000 }, () => {
  test('reports every problem of a folder with many at once, and exits 1', async () => {
    const { code, out } = await checkCli(['--content', await withOverlay('many-problems')]);
    expect(code).toBe(1);
    for (const expected of [
      'xa-ben/tin-tuc/2026/ra-quan.md:3: Ngày không hợp lệ',
      'xa-ben/tin-tuc/2026/ra-quan.md:5: Không có người mã "pham-tu"',
      'xa-ben/people.yaml:4: Trường "bankAccount" là thông tin riêng tư',
      'xa-ben/van-ban/2026/12-tb.md:7: Không tìm thấy tệp "./12-tb-ubnd.pdf"',
      'xa-ben/tin-tuc/2026/bai-mdx.mdx:8: Không được nhập (import)',
      'xa-ben/tin-tuc/2026/bai-mdx.mdx:10: Không được dùng biểu thức',
      'xa-ben/tin-tuc/2026/bai-mdx.mdx:12: Không có thành phần <Banner>',
      'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md:15: Hệ số 3 nằm ngoài khung',
      'xa-mau/editorial-board.yaml:3: Ban biên tập có 2 Trưởng ban',
      'xa-moi/site.yaml: Thư mục "xa-moi" không có tệp site.yaml',
    ]) {
      expect(out).toContain(expected);
    }
    expect(out).toContain('Có 11 lỗi và 0 cảnh báo');
  });

  test('exits 0 with warnings only', async () => {
    const { code, out } = await checkCli(['--content', await withOverlay('unknown-key')]);
    expect([code, out]).toEqual([0, expect.stringContaining('Có 0 lỗi và 1 cảnh báo')]);
  });

  test('--commune checks only that commune', async () => {
    const { code, out } = await checkCli([
      '--content',
      await withOverlay('many-problems'),
      '--commune',
      'xa-mau',
    ]);
    expect(code).toBe(1);
    expect(out).not.toContain('xa-ben/');
    expect(out).toContain('Có 2 lỗi');
  });

  test('an unknown flag is explained in Vietnamese with exit code 2', async () => {
    const { code, out } = await checkCli(['--cong-xa', 'x']);
    expect(code).toBe(2);
    expect(out).toContain('Không có tham số --cong-xa. Các tham số: --content, --commune.');
    expect(out).not.toMatch(/Unknown option/);
  });
});
