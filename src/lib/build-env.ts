import { resolve } from 'node:path';

/**
 * What the CLI tells the Astro build through the environment: the content folder, the
 * communes to build, the clock, and whether drafts are previewed (dev only).
 */
export interface BuildEnv {
  contentDir: string;
  communes: string[];
  now: Date;
  preview: boolean;
}

export function buildEnv(env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const now = env['TRANGXA_NOW'] ? new Date(env['TRANGXA_NOW']) : new Date();
  return {
    contentDir: resolve(env['TRANGXA_CONTENT'] ?? 'content'),
    communes: (env['TRANGXA_COMMUNES'] ?? '').split(',').filter(Boolean),
    now,
    preview: env['TRANGXA_PREVIEW'] === '1',
  };
}
