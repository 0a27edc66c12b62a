import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { siteOptions } from 'virtual:trangxa/site-options';
import { siteContent } from '../../lib/content/collections.ts';
import type { Commune } from '../../lib/content/types.ts';
import { logoRoutes } from '../../lib/site/logo.ts';

/** `/<c>/logo.svg` or `/<c>/logo.png`: the agency logo of site.yaml, checked by `npm run check`. */
export async function getStaticPaths() {
  return logoRoutes((await siteContent()).communes);
}

export const GET: APIRoute<{ commune: Commune; file: string; type: string }> = async ({ props }) =>
  new Response(await readFile(join(siteOptions.contentDir, props.commune.slug, props.file)), {
    headers: { 'content-type': props.type },
  });
