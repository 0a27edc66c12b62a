import type { Item } from '../content/types.ts';
import { absoluteHref, itemHref } from '../urls.ts';
import { escapeXml } from '../escape-html.ts';

/**
 * An RSS 2.0 feed of a commune's items, every link absolute from `site.yaml`'s `url` (a feed
 * reader has no page to resolve relative links against).
 */
export interface Feed {
  title: string;
  description: string;
  siteUrl: string;
  commune: string;
  /** Root-relative href of the feed itself and of the page it mirrors. */
  feedHref: string;
  pageHref: string;
  items: readonly Item[];
}

export const FEED_ITEMS = 20;

export function rss(feed: Feed): string {
  const url = (href: string) => escapeXml(absoluteHref(feed.siteUrl, feed.commune, href));
  const entries = feed.items
    .slice(0, FEED_ITEMS)
    .map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${url(itemHref(item))}</link>`,
        `<guid isPermaLink="true">${url(itemHref(item))}</guid>`,
        item.date ? `<pubDate>${item.date.instant.toUTCString()}</pubDate>` : '',
        item.summary ? `<description>${escapeXml(item.summary)}</description>` : '',
        '</item>',
      ].join(''),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${url(feed.pageHref)}</link>`,
    `<atom:link href="${url(feed.feedHref)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(feed.description)}</description>`,
    '<language>vi</language>',
    ...entries,
    '</channel></rss>',
    '',
  ].join('\n');
}
