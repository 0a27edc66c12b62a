import { z } from 'astro/zod';
import { text } from '../schemas/common.ts';

/**
 * `content/_shared/quan-tri.yaml` (optional): the repository the editor commits to, the same for
 * every commune of the deployment. Without it the editor works only with the local backend
 * (`npx decap-server` on the editor's own computer). README, "Trình soạn thảo".
 */
export const editorBackendSchema = z.object({
  backend: z
    .enum(['github', 'gitlab', 'gitea'], {
      error: 'backend là github, gitlab hoặc gitea (Gitea và Forgejo dùng gitea).',
    })
    .describe('Where the repository is hosted'),
  repo: z
    .string({ error: 'repo là tên kho dạng "chu-so-huu/ten-kho".' })
    .regex(/^[\w.-]+(\/[\w.-]+)+$/, {
      error: 'repo là tên kho dạng "chu-so-huu/ten-kho", ví dụ "so-khcn-daklak/trang-xa".',
    })
    .describe('owner/name of the repository'),
  branch: text().default('main').describe('The branch the site is built from'),
  baseUrl: z
    .url({ error: 'baseUrl là địa chỉ đầy đủ của dịch vụ đăng nhập OAuth, bắt đầu bằng https://' })
    .optional()
    .describe('OAuth proxy for GitHub (or a self-hosted GitLab)'),
  apiRoot: z
    .url({ error: 'apiRoot là địa chỉ API đầy đủ, ví dụ https://git.example.gov.vn/api/v1' })
    .optional()
    .describe('API of a self-hosted GitLab, Gitea or Forgejo'),
  appId: text().optional().describe('OAuth application id (GitLab PKCE, Gitea/Forgejo)'),
});

export type EditorBackendFile = z.infer<typeof editorBackendSchema>;
