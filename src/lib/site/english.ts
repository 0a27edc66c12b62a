import { vi } from '../../i18n/vi.ts';
import type { Contact, Site } from '../content/types.ts';
import { telHref } from './contact.ts';

/**
 * The contacts list of the English page: English labels; names, titles and addresses stay in
 * Vietnamese and are marked `lang="vi"` so a screen reader switches voice for them.
 */
export interface ContactPart {
  text: string;
  href?: string;
  lang?: 'vi';
}

export interface ContactRow {
  label: string;
  parts: ContactPart[];
}

const vietnamese = (text: string): ContactPart => ({ text, lang: 'vi' });

function person(label: string, contact: Contact | undefined): ContactRow[] {
  if (!contact) return [];
  const parts = [vietnamese([contact.name, contact.title].filter(Boolean).join(', '))];
  if (contact.phone) parts.push({ text: contact.phone, href: telHref(contact.phone) });
  if (contact.email) parts.push({ text: contact.email, href: `mailto:${contact.email}` });
  return [{ label, parts }];
}

export function englishContacts(site: Site): ContactRow[] {
  const t = vi.english;
  return [
    { label: t.address, parts: [vietnamese(`${site.agency}, ${site.address}`)] },
    { label: t.phone, parts: [{ text: site.phone, href: telHref(site.phone) }] },
    { label: t.email, parts: [{ text: site.email, href: `mailto:${site.email}` }] },
    {
      label: t.responsible,
      parts: [vietnamese([site.responsible.name, site.responsible.title].filter(Boolean).join(', '))],
    },
    ...person(t.infoContact, site.infoContact),
    ...person(t.spokesperson, site.spokesperson),
  ];
}
