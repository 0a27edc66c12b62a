import { vi } from '../../i18n/vi.ts';
import type { Commune } from '../content/types.ts';
import { categoriesOf, inCategory } from '../site/categories.ts';
import { newsOf } from '../sections/items.ts';
import { SECTIONS } from '../sections/registry.ts';
import { communeHref } from '../urls.ts';
import { communesWithUrl } from '../site/routes.ts';
import type { Feed } from './rss.ts';
import { fileHref } from './xml.ts';

/** `/<c>/rss.xml` for each commune with a `url`. */
export const communeFeedRoutes = (communes: readonly Commune[]) =>
  communesWithUrl(communes).map((commune) => {
    const feed: Feed = {
      title: commune.site.name,
      description: commune.site.description ?? commune.site.agency,
      siteUrl: commune.site.url!,
      commune: commune.slug,
      feedHref: fileHref(commune.slug, 'rss.xml'),
      pageHref: communeHref(commune.slug),
      // The sections a citizen follows (news, notices, documents): `feed` in the registry.
      items: commune.items.filter((item) => SECTIONS[item.section].feed),
    };
    return { params: { commune: commune.slug }, props: { feed } };
  });

/** `/<c>/tin-tuc/chuyen-muc/<code>/rss.xml` for each news category. */
export const categoryFeedRoutes = (communes: readonly Commune[]) =>
  communesWithUrl(communes).flatMap((commune) =>
    categoriesOf(commune.slug, newsOf(commune)).map((category) => {
      const feed: Feed = {
        title: `${category.label}${vi.shell.titleSeparator}${commune.site.name}`,
        description: `${vi.news.categoryTitle} ${category.label}`,
        siteUrl: commune.site.url!,
        commune: commune.slug,
        feedHref: fileHref(commune.slug, `tin-tuc/chuyen-muc/${category.code}/rss.xml`),
        pageHref: category.href,
        items: inCategory(newsOf(commune), category.code),
      };
      return { params: { commune: commune.slug, category: category.code }, props: { feed } };
    }),
  );
