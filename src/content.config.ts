import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { communeLoader } from './lib/content/commune-loader.ts';
import { siteOptions } from 'virtual:trangxa/site-options';
import { SECTION_FOLDERS, SECTIONS, type Section } from './lib/sections/registry.ts';
import type { z } from 'astro/zod';

/**
 * Astro collections over the content folder chosen by the CLI: the communes' YAML files, and one
 * collection per section of the registry with the same zod schemas as `npm run check`. The CLI
 * validates first, so only valid communes reach these loaders.
 */
// `--portal-only` renders no commune page: the item collections match no folder.
const scope = siteOptions.portalOnly
  ? '_portal-only_'
  : siteOptions.communes.length === 0
    ? '[!_.]*'
    : siteOptions.communes.length === 1
      ? siteOptions.communes[0]
      : `{${siteOptions.communes.join(',')}}`;
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
const items = (folder: string) =>
  glob({ base: siteOptions.contentDir, pattern: `${scope}/${folder}/**/*.{md,mdx}`, generateId: idFromPath });

/** A section's collection; its images go through Astro's image pipeline (registry.ts, `imageFields`). */
function sectionCollection(folder: Section) {
  const { schema, imageFields } = SECTIONS[folder];
  const siteSchema: z.ZodType | ((context: SchemaContext) => z.ZodType) = imageFields
    ? ({ image }) => imageFields.extend({ image: image().optional() })
    : schema;
  return defineCollection({ loader: items(folder), schema: siteSchema });
}

const sectionCollections = Object.fromEntries(
  SECTION_FOLDERS.map((folder) => [SECTIONS[folder].collection, sectionCollection(folder)]),
);

export const collections = {
  communes: defineCollection({
    loader: communeLoader(
      siteOptions.contentDir,
      siteOptions.portal.length ? siteOptions.portal : siteOptions.communes,
    ),
  }),
  ...sectionCollections,
};
