import { resolve } from 'node:path';

/**
 * What the CLI tells the Astro build through the environment: the content folder, the
 * communes to build, the clock, and whether drafts are previewed (dev only).
 */
export interface BuildEnv {
  contentDir: string;
  /** The communes whose pages this build renders (all of the content folder when empty). */
  communes: string[];
  /**
   * The communes the portal page lists: those built now plus those already in the output
   * folder from earlier builds or other shards. Empty: the same as `communes`.
   */
  portal: string[];
  /** `--portal-only`: render the portal page alone, no commune pages. */
  portalOnly: boolean;
  now: Date;
  preview: boolean;
}

/** The variables the CLI sets for `buildEnv` to read back in Astro's build (build.ts, dev.ts). */
export function buildEnvVariables(env: BuildEnv): Record<string, string> {
  return {
    TRANGXA_CONTENT: env.contentDir,
    TRANGXA_COMMUNES: env.communes.join(','),
    TRANGXA_PORTAL: env.portal.join(','),
    TRANGXA_PORTAL_ONLY: env.portalOnly ? '1' : '',
    TRANGXA_NOW: env.now.toISOString(),
    TRANGXA_PREVIEW: env.preview ? '1' : '',
  };
}

export function buildEnv(env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const now = env['TRANGXA_NOW'] ? new Date(env['TRANGXA_NOW']) : new Date();
  return {
    contentDir: resolve(env['TRANGXA_CONTENT'] ?? 'content'),
    communes: (env['TRANGXA_COMMUNES'] ?? '').split(',').filter(Boolean),
    portal: (env['TRANGXA_PORTAL'] ?? '').split(',').filter(Boolean),
    portalOnly: env['TRANGXA_PORTAL_ONLY'] === '1',
    now,
    preview: env['TRANGXA_PREVIEW'] === '1',
  };
}
