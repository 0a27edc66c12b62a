import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBackend } from '../../../src/lib/cms/write-editor.ts';

/** `content/_shared/quan-tri.yaml`: the repository the editor commits to. */
let content: string;
beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'trangxa-quan-tri-yaml-'));
  await mkdir(join(content, '_shared'));
});
afterAll(() => rm(content, { recursive: true, force: true }));

const withFile = async (text: string) => {
  await writeFile(join(content, '_shared/quan-tri.yaml'), text);
  return readBackend(content);
};

describe('the editor backend file', () => {
  test('absent: the local backend only, marked not connected', async () => {
    await rm(join(content, '_shared/quan-tri.yaml'), { force: true });
    expect(await readBackend(content)).toMatchObject({ connected: false, config: { name: 'github' } });
  });

  test.each([
    [
      'GitHub with an OAuth proxy',
      'backend: github\nrepo: so-khcn/trang-xa\nbaseUrl: https://oauth.example.vn\n',
      { name: 'github', repo: 'so-khcn/trang-xa', branch: 'main', base_url: 'https://oauth.example.vn' },
    ],
    [
      'GitLab with PKCE',
      'backend: gitlab\nrepo: tinh/trang-xa\nappId: abc123\n',
      { name: 'gitlab', repo: 'tinh/trang-xa', branch: 'main', app_id: 'abc123', auth_type: 'pkce' },
    ],
    [
      'Forgejo on its own branch',
      'backend: gitea\nrepo: tinh/trang-xa\nbranch: ban-bien-tap\nbaseUrl: https://git.example.vn\napiRoot: https://git.example.vn/api/v1\nappId: x\n',
      {
        name: 'gitea',
        branch: 'ban-bien-tap',
        base_url: 'https://git.example.vn',
        api_root: 'https://git.example.vn/api/v1',
        app_id: 'x',
        auth_type: 'pkce',
      },
    ],
  ])('%s becomes Decap backend settings', async (_, text, config) => {
    expect(await withFile(text)).toEqual({ connected: true, config: expect.objectContaining(config) });
  });

  test('a faulty file is one Vietnamese message naming every wrong field', async () => {
    expect(await withFile('backend: bitbucket\nrepo: khong co gach cheo\n')).toMatchInlineSnapshot(`
      "Lỗi trong _shared/quan-tri.yaml (cấu hình trình soạn thảo), chưa tạo trang quan-tri/:
        - backend: backend là github, gitlab hoặc gitea (Gitea và Forgejo dùng gitea).
        - repo: repo là tên kho dạng "chu-so-huu/ten-kho", ví dụ "so-khcn-daklak/trang-xa".
        Sửa theo README, mục "Trình soạn thảo"."
    `);
  });
});
