/**
 * Plain data shapes of a loaded deployment: what the loader hands to every other module
 * (pages, royalty engine, validators, district report). No Astro types here.
 */

/** A calendar instant plus the Vietnam-time calendar day it falls on. */
export interface VnDate {
  /** The instant (a date without time means 00:00 in Vietnam, UTC+7). */
  instant: Date;
  /** The day in Vietnam time, `YYYY-MM-DD`. */
  day: string;
}

export type CreditRole = 'tac-gia' | 'anh' | 'dich' | 'cung-cap-tin' | 'suu-tam';
export type BoardRole = 'truong-ban' | 'pho-truong-ban' | 'thanh-vien' | 'thu-ky';

export interface Credit {
  person: string;
  role: CreditRole;
  /** Percentage 0-100 of the item's royalty. */
  share?: number;
  onDuty?: boolean;
}

export interface RoyaltyBlock {
  genre: string;
  coefficient: number;
  /** Keys of the scheme's `bonuses` the item earns. */
  bonuses?: string[] | undefined;
  approvedBy: string;
}

export interface Person {
  id: string;
  name: string;
  penName?: string;
  title?: string;
  unit?: string;
  staff: boolean;
}

export interface BoardMember {
  person: string;
  role: BoardRole;
  duty?: string | undefined;
  /** First day in office, `YYYY-MM-DD`; default: the term's first day. */
  from?: string | undefined;
  /** Last day in office, `YYYY-MM-DD`; default: the term's last day. */
  until?: string | undefined;
}

/** One board in office: from `effective` (default: the decision's day) to `until` (current: none). */
export interface BoardTerm {
  decision: { number: string; date: VnDate; signer: string };
  effective?: string | undefined;
  until?: string | undefined;
  members: BoardMember[];
}

/** The board in office (its own fields) and the earlier boards it replaced. */
export interface EditorialBoard extends BoardTerm {
  earlier?: (BoardTerm & { until: string })[] | undefined;
}

/** A scheme a commune uses from a day; a single id in site.yaml has no `from` (always). */
export interface SchemeRef {
  scheme: string;
  from?: string;
}

export interface Contact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** xã, phường, thị trấn, đặc khu. */
export type UnitKind = 'xa' | 'phuong' | 'thi-tran' | 'dac-khu';

export interface Site {
  name: string;
  agency: string;
  parents: string[];
  url?: string;
  description?: string;
  responsible: { name: string; title?: string };
  address: string;
  phone: string;
  email: string;
  infoContact: Contact;
  spokesperson?: Contact;
  /** The royalty schemes used, oldest first (site.yaml gives one id or a list). */
  royaltyScheme?: SchemeRef[] | undefined;
  /** The unit was merged into another on `date`: its site is an archive. */
  dissolved?: { date: VnDate; into: string; intoName?: string; intoUrl?: string; basis: string };
  /** The unit was formed by a merger on `date`. */
  formed?: { date: VnDate; basis: string };
  /** Mã đơn vị hành chính, five digits. */
  code?: string;
  /** Default `xa`. */
  kind?: UnitKind;
  /** Site-wide notice (planned downtime), shown from `from` through `until`. */
  banner?: { text: string; from?: VnDate; until?: VnDate };
  /** Where every page's "rate your satisfaction" link leads: an official form, or an e-mail. */
  feedback?: { url?: string; email?: string };
  /** The agency logo beside site.yaml, shown in the header instead of the generic emblem. */
  logo?: { file: string; alt: string };
  /** The English page's text (NĐ 42/2022 Điều 7). */
  english?: { name: string; functions: string; structure: string };
}

/** Section folders of a commune, as in the content contract. */
export const SECTIONS = [
  'tin-tuc',
  'thong-bao',
  'van-ban',
  'thu-tuc',
  'gioi-thieu',
  'lich-cong-tac',
  'lay-y-kien',
  'cong-khai',
] as const;
export type Section = (typeof SECTIONS)[number];

/** One Markdown item of any section. `data` holds the section's own validated frontmatter. */
export interface Item {
  commune: string;
  section: Section;
  /** Path under the commune folder without extension: `tin-tuc/2022/hoi-nghi`. */
  path: string;
  /** Source file, relative to the content folder: `ea-trol/tin-tuc/2022/hoi-nghi.md`. */
  file: string;
  title: string;
  /**
   * The item's publication date: `date` for most sections, `published` or else `issued` for
   * documents. Undated pages (introduction pages) have none and are always published.
   */
  date?: VnDate;
  summary?: string;
  draft: boolean;
  credits: Credit[];
  royalty?: RoyaltyBlock;
  /** Section-specific validated frontmatter. */
  data: Record<string, unknown>;
}

export interface Commune {
  /** The folder name. */
  slug: string;
  site: Site;
  people: Person[];
  board?: EditorialBoard;
  /** Every valid item, drafts and future items included: use `isPublished` to filter. */
  items: Item[];
}

export interface BaseSalaryEntry {
  from: string;
  amount: number;
  basis: string;
  /** false: not yet checked against the gazette; every list it prices carries a warning. */
  confirmed?: boolean;
}

export interface TaxRule {
  from: string;
  thresholdPerPayment: number;
  ratePercent: number;
  basis: string;
  /** false: not yet checked against the gazette; every list it applies to carries a warning. */
  confirmed?: boolean;
}

export interface RoyaltyScheme {
  id: string;
  title: string;
  basis: string;
  effectiveFrom: string;
  unitValue: { percentOfBaseSalary: number } | { fixed: number };
  salaryOn: 'publication' | 'period-end';
  onDutyPercent: number;
  rounding: number;
  genres: { key: string; label: string; min: number; max: number }[];
  /** Percent of its share a credit of that role earns; a role not listed earns 100. */
  rolePercent?: Partial<Record<CreditRole, number>>;
  /** Raises of an item's amount, by key; an item opts in with `royalty.bonuses`. */
  bonuses?: { key: string; label: string; percent: number }[];
  remuneration?: {
    /** Warn when the period's thù lao is more than this percent of its nhuận bút. */
    capPercentOfRoyalties?: number;
    monthly: Partial<Record<BoardRole, number>>;
  };
  /** True for the shipped example numbers that a deployment must replace. */
  example?: boolean;
}

export interface SharedData {
  baseSalary: BaseSalaryEntry[];
  tax: TaxRule[];
  schemes: Map<string, RoyaltyScheme>;
}
