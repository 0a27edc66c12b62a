/**
 * The one module that reads Astro's content collections. It hands every page plain `Commune`
 * and `Item` objects (the same shapes the CLIs get from `load-content.ts`) and keeps the link
 * from an item back to its entry for rendering the Markdown body.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { siteOptions } from 'virtual:trangxa/site-options';
import { isSection, SECTION_FOLDERS, SECTIONS, type DataOf, type ItemCollection } from '../sections/registry.ts';
import { isPublished, toItem } from './to-item.ts';
import type { Commune, Item } from './types.ts';
import { readUnits } from '../units/read-units.ts';
import { readOptionalYaml } from './read-optional-yaml.ts';
import { PORTAL_FILE } from '../units/portal-file.ts';
import { portalSchema, type PortalSettings } from '../schemas/portal.ts';
import type { Unit } from '../units/units.ts';

/** Collections of items, one per section (content.config.ts). */
const ITEM_COLLECTIONS: ItemCollection[] = SECTION_FOLDERS.map((section) => SECTIONS[section].collection);
type ItemEntry = CollectionEntry<ItemCollection>;

export interface SiteContent {
  /** The communes whose pages this build renders. */
  communes: Commune[];
  /** Every commune the portal lists (without items): built now, or earlier into the same folder. */
  portal: Omit<Commune, 'items'>[];
  /** Every commune of the content folder, built now or not: archives name their successor, successors list their predecessors. */
  units: Map<string, Unit>;
  /** `_shared/portal.yaml`: who runs the portal page (absent: a page without owner). */
  portalSettings: PortalSettings | undefined;
  /** The build clock (`--now`, or the time the build started). */
  now: Date;
  /** Dev preview: drafts and future items are shown with a marker instead of left out. */
  preview: boolean;
}

const entries = new Map<string, ItemEntry>();
let cached: Promise<SiteContent> | undefined;

/** Every commune with its published items (all items in preview), newest first. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [communes, ...sections] = await Promise.all([getCollection('communes'), ...ITEM_COLLECTIONS.map((name) => getCollection(name))]);
  const items = new Map<string, Item[]>();
  for (const entry of sections.flat() as ItemEntry[]) {
    const [commune = '', section = '', ...rest] = entry.id.split('/');
    if (!isSection(section)) throw new Error(`${entry.id}: "${section}" không phải là một mục (sections/registry.ts).`);
    const file = `${entry.id}${entry.filePath?.endsWith('.mdx') ? '.mdx' : '.md'}`;
    // The collection's schema is the section's (content.config.ts), images resolved by Astro.
    const item = toItem(commune, section, [section, ...rest].join('/'), file, entry.data as DataOf<typeof section>);
    if (!siteOptions.preview && !isPublished(item, siteOptions.now)) continue;
    entries.set(`${commune}/${item.path}`, entry);
    const list = items.get(commune) ?? [];
    list.push(item);
    items.set(commune, list);
  }
  const portal = communes.map((c) => c.data as Omit<Commune, 'items'>).toSorted((a, b) => a.site.name.localeCompare(b.site.name, 'vi'));
  const rendered = (slug: string) => !siteOptions.portalOnly && (siteOptions.communes.length === 0 || siteOptions.communes.includes(slug));
  return {
    units: await readUnits(siteOptions.contentDir),
    portalSettings: (await readOptionalYaml(siteOptions.contentDir, PORTAL_FILE, portalSchema)).value,
    now: siteOptions.now,
    preview: siteOptions.preview,
    portal,
    communes: portal.filter((c) => rendered(c.slug)).map((c) => ({ ...c, items: sortNewestFirst(items.get(c.slug) ?? []) })),
  };
}

const sortNewestFirst = (items: Item[]): Item[] =>
  items.toSorted((a, b) => (b.date?.instant.getTime() ?? 0) - (a.date?.instant.getTime() ?? 0) || a.path.localeCompare(b.path));

/** Renders an item's Markdown body: `const { Content } = await renderItem(item)`. */
export async function renderItem(item: Item) {
  const entry = entries.get(`${item.commune}/${item.path}`);
  if (!entry) throw new Error(`Không tìm thấy nội dung của ${item.commune}/${item.path}.`);
  return render(entry);
}
