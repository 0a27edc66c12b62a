/**
 * The English page's shell: skip link, header, menu and footer in English, so that a reader of
 * `/<c>/english/` meets no Vietnamese chrome around the English text. Shaped like the matching
 * groups of `vi.ts`, so a string added there and not here is a type error, never a silent
 * Vietnamese fallback. Names (the agency, people, places) stay as written, marked `lang="vi"`.
 * @see NĐ 42/2022/NĐ-CP Điều 7 (an English page on structure and contacts)
 */
import type { Section } from '../lib/content/types.ts';
import type { vi } from './vi.ts';

type Strings<T> = { readonly [K in keyof T]: string };

/** Every key the main menu can show: home, each section, the board and the contact page. */
export type MenuKey = 'home' | Section | 'ban-bien-tap' | 'lien-he';

export interface ShellText {
  shell: Strings<typeof vi.shell>;
  header: Strings<typeof vi.header>;
  footer: Strings<typeof vi.footer>;
  rating: Strings<typeof vi.rating>;
}

export const en = {
  shell: {
    skipLink: 'Skip to main content',
    titleSeparator: ' | ',
    portalTitle: 'Commune websites',
    madeWith: 'Website built with',
    generator: 'trangxa',
  },
  header: {
    emblemAlt: 'Emblem',
    searchLabel: 'Search this site (in Vietnamese)',
    searchButton: 'Search',
    menuLabel: 'Main menu',
    menuToggle: 'Menu',
  },
  footer: {
    siteTitle: 'Website of',
    agency: 'Managing agency',
    responsible: 'Editor-in-chief',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    reusePrefix: 'When republishing information from this site, credit',
    reuseSuffix: 'as the source.',
    links: 'Links',
    english: 'English',
    siteMap: 'Site map (Vietnamese)',
  },
  rating: {
    label: 'Rate this page',
    question: 'Was the information on this page useful?',
    link: 'Rate your satisfaction (in Vietnamese)',
    byEmail: 'by e-mail',
  },
  /** Menu entries by key; the pages they open are in Vietnamese, which `hreflang` says. */
  menu: {
    home: 'Home',
    'gioi-thieu': 'About the commune',
    'tin-tuc': 'News',
    'thong-bao': 'Notices',
    'van-ban': 'Documents',
    'lich-cong-tac': 'Work calendar',
    'thu-tuc': 'Administrative procedures',
    'cong-khai': 'Public disclosures',
    'lay-y-kien': 'Public consultations',
    'ban-bien-tap': 'Editorial board',
    'lien-he': 'Contact',
  } satisfies Record<MenuKey, string>,
} as const satisfies ShellText & { menu: Record<MenuKey, string> };
