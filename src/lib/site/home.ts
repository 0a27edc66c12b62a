import type { Commune, Contact, Item } from '../content/types.ts';
import { leadersOf, type Leader } from './board.ts';
import { menuFor, PUBLIC_SERVICE_PORTAL, QUICK_LINKS, type MenuLink } from './menu.ts';
import { documentsOf, newsOf } from '../sections/items.ts';

/** What the home page shows: the newest news and documents, quick links, leaders, contact. */
export interface Home {
  news: Item<'tin-tuc'>[];
  documents: Item<'van-ban'>[];
  quickLinks: { label: string; href: string }[];
  leaders: Leader[];
  infoContact: Contact;
}

export const HOME_NEWS = 6;
export const HOME_DOCUMENTS = 5;

export function homeOf(commune: Commune, now: Date): Home {
  const links: MenuLink[] = menuFor(commune, undefined, QUICK_LINKS);
  return {
    news: newsOf(commune).slice(0, HOME_NEWS),
    documents: documentsOf(commune).slice(0, HOME_DOCUMENTS),
    quickLinks: [...links.map(({ label, href }) => ({ label, href })), PUBLIC_SERVICE_PORTAL],
    leaders: leadersOf(commune, now),
    infoContact: commune.site.infoContact,
  };
}
