import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content/collections.ts';
import type { Commune } from '../../lib/content/types.ts';
import { sitemapXml } from '../../lib/feeds/sitemap.ts';
import { xmlResponse } from '../../lib/feeds/xml.ts';
import { communeRoutes, communesWithUrl } from '../../lib/site/routes.ts';

/** `/<c>/sitemap.xml`, absolute URLs from `site.yaml`'s `url` (communes without one get none). */
export async function getStaticPaths() {
  return communeRoutes(communesWithUrl((await siteContent()).communes));
}

export const GET: APIRoute<{ commune: Commune }> = ({ props }) => xmlResponse(sitemapXml(props.commune));
