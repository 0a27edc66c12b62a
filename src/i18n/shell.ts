import { en, type MenuKey, type ShellText } from './en.ts';
import { vi } from './vi.ts';

/** The language of a page: Vietnamese everywhere except the English page. */
export type Lang = 'vi' | 'en';

/** The header, menu and footer strings of a page in its language. */
export const shellText = (lang: Lang): ShellText => (lang === 'en' ? en : vi);

/** A menu entry's label: the Vietnamese one as the menu has it, or its English name. */
export const menuLabel = (lang: Lang, key: string, label: string): string =>
  lang === 'en' ? en.menu[key as MenuKey] : label;
