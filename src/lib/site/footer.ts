import { shellText, type Lang } from '../../i18n/shell.ts';
import type { Commune } from '../content/types.ts';
import { communeHref } from '../urls.ts';
import { telHref } from './contact.ts';

/**
 * The footer of every page, as state sites show it: the site's name, its managing agency
 * (cơ quan chủ quản), the person responsible (chịu trách nhiệm chính), address, phone and
 * e-mail, the credit to give when republishing, and links to the English page and the site map.
 * On the English page the labels are English and the Vietnamese names keep `lang="vi"`.
 * @see TT 32/2017/TT-BTTTT Điều 16 (footer: agency, person responsible, address, phone, e-mail)
 */
export interface FooterRow {
  label: string;
  text: string;
  href?: string;
  /** Set when the text is Vietnamese inside the English footer. */
  lang?: 'vi';
}

export interface FooterLink {
  label: string;
  href: string;
  lang?: string;
  hreflang?: string;
}

export interface Footer {
  title: string;
  titleLang?: 'vi';
  rows: FooterRow[];
  /** The name to credit when republishing: "Trang thông tin điện tử xã Mẫu". */
  source: string;
  links: FooterLink[];
}

/** "Xã Mẫu" → "xã Mẫu", as the unit reads inside a sentence. */
const inSentence = (name: string): string => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

export function footerOf(commune: Commune, lang: Lang): Footer {
  const { site } = commune;
  const t = shellText(lang).footer;
  const names: { lang?: 'vi' } = lang === 'en' ? { lang: 'vi' } : {};
  const source = `${shellText('vi').footer.siteTitle} ${inSentence(site.name)}`;
  const english = site.english?.name;
  const footer: Footer = {
    title: lang === 'en' && english ? `${t.siteTitle} ${english}` : source,
    rows: [
      { label: t.agency, text: site.agency, ...names },
      {
        label: t.responsible,
        text: [site.responsible.name, site.responsible.title].filter(Boolean).join(', '),
        ...names,
      },
      { label: t.address, text: site.address, ...names },
      { label: t.phone, text: site.phone, href: telHref(site.phone) },
      { label: t.email, text: site.email, href: `mailto:${site.email}` },
    ],
    source,
    links: [
      lang === 'en'
        ? { label: 'Tiếng Việt', href: communeHref(commune.slug), lang: 'vi', hreflang: 'vi' }
        : { label: t.english, href: communeHref(commune.slug, 'english'), lang: 'en', hreflang: 'en' },
      {
        label: t.siteMap,
        href: communeHref(commune.slug, 'so-do-trang'),
        ...(lang === 'en' ? { hreflang: 'vi' } : {}),
      },
    ],
  };
  if (lang === 'en' && !english) footer.titleLang = 'vi';
  return footer;
}
