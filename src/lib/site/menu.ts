import { vi } from '../../i18n/vi.ts';
import type { Commune, Section } from '../content/types.ts';
import { SECTION_FOLDERS, SECTIONS } from '../sections/registry.ts';
import { communeHref } from '../urls.ts';

/**
 * The main menu as data, in the order of real commune sites (domain brief, "How real commune
 * sites look"): the home page, every section of the registry by its `menu.order`, the board
 * and the contact page. An entry whose section has nothing to show is left out, so the menu never links
 * to a missing page.
 */
export interface MenuEntry {
  /** What a page passes as `current` to mark its entry (`aria-current="page"`). */
  key: string;
  label: string;
  /** A path under the commune (`tin-tuc`). */
  path: string;
  /** Shown only when this is true for the commune; always shown when absent. */
  shownFor?: (commune: Commune) => boolean;
}

export interface MenuLink {
  key: string;
  label: string;
  href: string;
  current: boolean;
}

export const hasSection =
  (section: Section) =>
  (commune: Commune): boolean =>
    commune.items.some((item) => item.section === section);

const sectionEntry = (section: Section): MenuEntry => {
  const entry: MenuEntry = { key: section, label: vi.sectionNames[section], path: section };
  if (SECTIONS[section].menu.shown === 'when-published') entry.shownFor = hasSection(section);
  return entry;
};

export const MENU: readonly MenuEntry[] = [
  { key: 'home', label: vi.menu.home, path: '' },
  ...SECTION_FOLDERS.toSorted((a, b) => SECTIONS[a].menu.order - SECTIONS[b].menu.order).map(sectionEntry),
  {
    key: 'ban-bien-tap',
    label: vi.menu.board,
    path: 'ban-bien-tap',
    shownFor: (commune) => commune.board !== undefined,
  },
  { key: 'lien-he', label: vi.menu.contact, path: 'lien-he' },
];

/** The commune's menu, with the entry `current` marked. */
export function menuFor(
  commune: Commune,
  current?: string,
  entries: readonly MenuEntry[] = MENU,
): MenuLink[] {
  return entries
    .filter((entry) => entry.shownFor?.(commune) ?? true)
    .map((entry) => ({
      key: entry.key,
      label: entry.label,
      href: communeHref(commune.slug, entry.path),
      current: entry.key === current,
    }));
}

/** The home page's quick links: the same entries, a shorter list. */
export const QUICK_LINKS: readonly MenuEntry[] = [
  { key: 'van-ban', label: vi.menu.documents, path: 'van-ban', shownFor: hasSection('van-ban') },
  { key: 'gioi-thieu', label: vi.menu.intro, path: 'gioi-thieu', shownFor: hasSection('gioi-thieu') },
  { key: 'thu-tuc', label: vi.menu.procedures, path: 'thu-tuc', shownFor: hasSection('thu-tuc') },
  { key: 'lien-he', label: vi.menu.contact, path: 'lien-he' },
  { key: 'so-do-trang', label: vi.menu.siteMap, path: 'so-do-trang' },
];

/** Procedures are served by the national portal until the commune's own section has pages. */
export const PUBLIC_SERVICE_PORTAL = { label: vi.home.procedures, href: 'https://dichvucong.gov.vn/' };
