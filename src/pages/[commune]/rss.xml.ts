import type { APIRoute } from 'astro';
import { siteContent } from '../../lib/content/collections.ts';
import { communeFeedRoutes } from '../../lib/feeds/commune-feeds.ts';
import { rss, type Feed } from '../../lib/feeds/rss.ts';
import { xmlResponse } from '../../lib/feeds/xml.ts';

/** `/<c>/rss.xml`: news, notices and documents, newest first (communes with a `url` only). */
export async function getStaticPaths() {
  return communeFeedRoutes((await siteContent()).communes);
}

export const GET: APIRoute<{ feed: Feed }> = ({ props }) =>
  xmlResponse(rss(props.feed), 'application/rss+xml');
