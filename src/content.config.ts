import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/schemas/document.ts';
import { newsSchema } from './lib/schemas/news.ts';
import { pageSchema } from './lib/schemas/page.ts';
import { communeLoader } from './lib/content/commune-loader.ts';
import { buildEnv } from './lib/build-env.ts';

/**
 * Astro collections over the content folder chosen by the CLI. The same zod schemas as
 * `npm run check`; the CLI validates first, so only valid communes reach these loaders.
 */
const env = buildEnv();
const scope = env.communes.length === 0 ? '[!_.]*' : env.communes.length === 1 ? env.communes[0] : `{${env.communes.join(',')}}`;
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
const items = (sections: string) => glob({ base: env.contentDir, pattern: `${scope}/${sections}/**/*.{md,mdx}`, generateId: idFromPath });

export const collections = {
  communes: defineCollection({ loader: communeLoader(env.contentDir, env.communes) }),
  news: defineCollection({
    loader: items('tin-tuc'),
    schema: ({ image }) => newsSchema.safeExtend({ image: image().optional() }),
  }),
  documents: defineCollection({ loader: items('van-ban'), schema: documentSchema }),
  pages: defineCollection({
    loader: items('{thong-bao,thu-tuc,gioi-thieu,lich-cong-tac,lay-y-kien,cong-khai}'),
    schema: pageSchema,
  }),
};
