/**
 * Plain data shapes of a loaded deployment: what the loader hands to every other module
 * (pages, royalty engine, validators, district report). No Astro types here. Each shape is what
 * its zod schema outputs; items are typed by their section's schema (sections/registry.ts).
 */
import type { z } from 'astro/zod';
import type { baseSalaryEntrySchema } from '../schemas/base-salary.ts';
import type { creditSchema, royaltySchema } from '../schemas/credits.ts';
import type { itemBase } from '../schemas/news.ts';
import type { editorialBoardSchema } from '../schemas/editorial-board.ts';
import type { personSchema } from '../schemas/people.ts';
import type { royaltySchemeSchema } from '../schemas/royalty-scheme.ts';
import type { siteSchema } from '../schemas/site.ts';
import type { taxRuleSchema } from '../schemas/tax.ts';
import type { DataOf, Section } from '../sections/registry.ts';
import type { VnDate } from '../vn-date.ts';

export type { Section } from '../sections/registry.ts';
export type { VnDate } from '../vn-date.ts';

export type Credit = z.output<typeof creditSchema>;
export type CreditRole = Credit['role'];
export type RoyaltyBlock = z.output<typeof royaltySchema>;
export type Person = z.output<typeof personSchema>;
/** The board in office (its own fields) and the earlier boards it replaced. */
export type EditorialBoard = z.output<typeof editorialBoardSchema>;
/** One board in office: from `effective` (default: the decision's day) to `until` (current: none). */
export type BoardTerm = Omit<EditorialBoard, 'earlier'>;
export type BoardMember = EditorialBoard['members'][number];
export type BoardRole = BoardMember['role'];
export type Site = z.output<typeof siteSchema>;
export type Contact = Site['infoContact'];
/** xã, phường, thị trấn, đặc khu. */
export type UnitKind = Site['kind'];
/** A scheme a commune uses from a day; a single id in site.yaml has no `from` (always). */
export type SchemeRef = NonNullable<Site['royaltyScheme']>[number];
export type BaseSalaryEntry = z.output<typeof baseSalaryEntrySchema>;
export type TaxRule = z.output<typeof taxRuleSchema>;
/** A royalty scheme, with its id: the file name under `_shared/royalty-schemes/`, without `.yaml`. */
export type RoyaltyScheme = z.output<typeof royaltySchemeSchema> & { id: string };

/** The frontmatter fields every section has (`itemBase`). */
export type ItemFrontmatter = z.output<z.ZodObject<typeof itemBase>>;

/** What every item has, whatever its section. */
interface ItemCommon {
  commune: string;
  /** Path under the commune folder without extension: `tin-tuc/2022/hoi-nghi`. */
  path: string;
  /** Source file, relative to the content folder: `ea-trol/tin-tuc/2022/hoi-nghi.md`. */
  file: string;
  title: string;
  /**
   * The item's publication date, by its section's date rule (`published` or else `issued` for
   * documents). Undated pages (introduction pages) have none and are always published.
   */
  date?: VnDate;
  summary?: string;
  draft: boolean;
  credits: Credit[];
  royalty?: RoyaltyBlock;
}

/**
 * One Markdown item, of section `S` (any section by default): `data` is the section's validated
 * frontmatter, so checking `item.section === 'van-ban'` types `item.data.number`.
 */
export type Item<S extends Section = Section> = { [K in S]: ItemCommon & { section: K; data: DataOf<K> } }[S];

export interface Commune {
  /** The folder name. */
  slug: string;
  site: Site;
  people: Person[];
  board?: EditorialBoard;
  /** Every valid item, drafts and future items included: use `isPublished` to filter. */
  items: Item[];
}

export interface SharedData {
  baseSalary: BaseSalaryEntry[];
  tax: TaxRule[];
  schemes: Map<string, RoyaltyScheme>;
}
