import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content/collections.ts';
import type { Commune } from '../../lib/content/types.ts';
import { robotsTxt } from '../../lib/feeds/sitemap.ts';
import { communeRoutes } from '../../lib/site/routes.ts';

/** `/<c>/robots.txt`: served at the root of a commune deployed on its own domain. */
export async function getStaticPaths() {
  return communeRoutes((await siteContent()).communes);
}

export const GET: APIRoute<{ commune: Commune }> = ({ props }) =>
  new Response(robotsTxt(props.commune), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
