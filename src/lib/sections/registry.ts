import type { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { vi } from '../../i18n/vi.ts';
import { calendarSchema } from '../schemas/calendar.ts';
import { consultationSchema } from '../schemas/consultation.ts';
import { disclosureSchema } from '../schemas/disclosure.ts';
import { documentSchema } from '../schemas/document.ts';
import { introFields, introSchema } from '../schemas/intro.ts';
import { newsFields, newsSchema } from '../schemas/news.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { procedureSchema } from '../schemas/procedure.ts';
import type { VnDate } from '../vn-date.ts';
import {
  calendarFields,
  consultationFields,
  disclosureFields,
  documentFields,
  noticeFields,
  procedureFields,
  type Field,
} from './fields.ts';

/**
 * What a section is, in one place: its folder, its Astro collection, its frontmatter schema, the
 * date an item is published on, the fields its page lists, and whether it is in the menu, the
 * feed and paged lists. Everything else is derived from this table: the collections in
 * content.config.ts, the `Item` type (a union on `section`, `data` typed by the schema), the
 * files `npm run check` reads, `npm run new`, the menu and the feed. Labels live in
 * `vi.sectionNames`, checked against this table below.
 *
 * The order is the content contract's (content-format.md): content is read, checked and counted
 * in it. The menu has its own order, `menu.order`, as real commune sites have it (domain brief,
 * "How real commune sites look").
 */
interface SectionDefinition<Schema extends z.ZodType, Collection extends string = string> {
  /** The Astro collection of the section's items (content.config.ts). */
  collection: Collection;
  /** The frontmatter schema `npm run check` validates each item against. */
  schema: Schema;
  /**
   * The schema's fields without its cross-field rules, for a section whose `image` goes through
   * Astro's image pipeline: the site build replaces the path with Astro's `image()`. The CLI has
   * already checked the rules (an image needs its `imageAlt`), so the fields are enough there.
   */
  imageFields?: z.ZodObject;
  /** The day an item is published; undefined for pages that are always published. */
  date: (data: SectionData<Schema>) => VnDate | undefined;
  /** `npm run new` files items by year: `<folder>/2026/<slug>.md`; otherwise `<folder>/<slug>.md`. */
  filedByYear: boolean;
  /**
   * Its place in the main menu (lowest first, as Starlight orders a sidebar), and whether it is
   * there always or only once the commune has published an item in it.
   */
  menu: { order: number; shown: 'always' | 'when-published' };
  /** In the commune's RSS feed (`/<c>/rss.xml`): what a citizen follows. */
  feed: boolean;
  /** Items per page of the section's list, when it is paged (`trang/<n>/`); one page otherwise. */
  perPage?: number;
  /** The metadata list of an item's page, in the order a reader checks it. */
  fields?: (data: SectionData<Schema>, now: Date) => Field[];
}

/**
 * A section's validated frontmatter. An `image` is the path `npm run check` reads; on the site
 * Astro's `image()` has replaced it with the imported image (see `imageFields`).
 */
export type SectionData<Schema extends z.ZodType> = WithSiteImage<z.output<Schema>>;
type WithSiteImage<T> = 'image' extends keyof T
  ? Omit<T, 'image'> & { image?: string | ImageMetadata | undefined }
  : T;

/** Infers each entry's schema, so its date rule and fields are typed by it. */
const section = <Schema extends z.ZodType, Collection extends string>(
  definition: SectionDefinition<Schema, Collection>,
) => definition;

const DEFINITIONS = {
  'tin-tuc': section({
    collection: 'news',
    schema: newsSchema,
    imageFields: newsFields,
    date: (data) => data.date,
    filedByYear: true,
    menu: { order: 20, shown: 'always' },
    feed: true,
    perPage: 10,
  }),
  'thong-bao': section({
    collection: 'notices',
    schema: noticeSchema,
    date: (data) => data.date,
    filedByYear: true,
    menu: { order: 30, shown: 'when-published' },
    feed: true,
    fields: noticeFields,
  }),
  'van-ban': section({
    collection: 'documents',
    schema: documentSchema,
    // Documents are dated by when the site published them, which defaults to the day of issue.
    date: (data) => data.published ?? data.issued,
    filedByYear: true,
    menu: { order: 40, shown: 'when-published' },
    feed: true,
    perPage: 20,
    fields: documentFields,
  }),
  'thu-tuc': section({
    collection: 'procedures',
    schema: procedureSchema,
    date: (data) => data.date,
    filedByYear: false,
    menu: { order: 60, shown: 'when-published' },
    feed: false,
    fields: procedureFields,
  }),
  'gioi-thieu': section({
    collection: 'intro',
    schema: introSchema,
    imageFields: introFields,
    date: () => undefined,
    filedByYear: false,
    menu: { order: 10, shown: 'when-published' },
    feed: false,
  }),
  'lich-cong-tac': section({
    collection: 'calendar',
    schema: calendarSchema,
    date: (data) => data.date,
    filedByYear: true,
    menu: { order: 50, shown: 'when-published' },
    feed: false,
    fields: calendarFields,
  }),
  'lay-y-kien': section({
    collection: 'consultations',
    schema: consultationSchema,
    date: (data) => data.date,
    filedByYear: true,
    menu: { order: 80, shown: 'when-published' },
    feed: false,
    fields: consultationFields,
  }),
  'cong-khai': section({
    collection: 'disclosures',
    schema: disclosureSchema,
    date: (data) => data.date,
    filedByYear: true,
    menu: { order: 70, shown: 'when-published' },
    feed: false,
    fields: disclosureFields,
  }),
};

/** A section folder: `tin-tuc`, `van-ban`… */
export type Section = keyof typeof DEFINITIONS;

/** The frontmatter of one section's items, as its schema outputs it. */
export type DataOf<S extends Section> = SectionData<(typeof DEFINITIONS)[S]['schema']>;

/**
 * The registry. Typed as a map from each section to its own definition, so that
 * `SECTIONS[item.section].date(item.data)` type-checks for a generic section.
 */
export const SECTIONS: {
  readonly [S in Section]: SectionDefinition<
    (typeof DEFINITIONS)[S]['schema'],
    (typeof DEFINITIONS)[S]['collection']
  >;
} = DEFINITIONS;

/** The Astro collections of items, one per section. */
export type ItemCollection = (typeof SECTIONS)[Section]['collection'];

/** Section folders in registry order. */
export const SECTION_FOLDERS = Object.keys(SECTIONS) as Section[];

export const isSection = (folder: string): folder is Section => Object.hasOwn(SECTIONS, folder);

// Every section has its name in the dictionary (menu, search filter, reports).
vi.sectionNames satisfies Record<Section, string>;
