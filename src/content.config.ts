import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/schemas/document.ts';
import { newsFields } from './lib/schemas/news.ts';
import { calendarSchema } from './lib/schemas/calendar.ts';
import { consultationSchema } from './lib/schemas/consultation.ts';
import { disclosureSchema } from './lib/schemas/disclosure.ts';
import { introFields } from './lib/schemas/intro.ts';
import { noticeSchema } from './lib/schemas/notice.ts';
import { procedureSchema } from './lib/schemas/procedure.ts';
import { communeLoader } from './lib/content/commune-loader.ts';
import { buildEnv } from './lib/build-env.ts';

/**
 * Astro collections over the content folder chosen by the CLI. The same zod schemas as
 * `npm run check`; the CLI validates first, so only valid communes reach these loaders.
 */
const env = buildEnv();
// `--portal-only` renders no commune page: the item collections match no folder.
const scope = env.portalOnly ? '_portal-only_' : env.communes.length === 0 ? '[!_.]*' : env.communes.length === 1 ? env.communes[0] : `{${env.communes.join(',')}}`;
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
const items = (sections: string) => glob({ base: env.contentDir, pattern: `${scope}/${sections}/**/*.{md,mdx}`, generateId: idFromPath });

export const collections = {
  communes: defineCollection({ loader: communeLoader(env.contentDir, env.portal.length ? env.portal : env.communes) }),
  news: defineCollection({
    loader: items('tin-tuc'),
    // The CLI has already checked imageAlt (newsSchema), so the unrefined fields are enough here.
    schema: ({ image }) => newsFields.extend({ image: image().optional() }),
  }),
  documents: defineCollection({ loader: items('van-ban'), schema: documentSchema }),
  notices: defineCollection({ loader: items('thong-bao'), schema: noticeSchema }),
  procedures: defineCollection({ loader: items('thu-tuc'), schema: procedureSchema }),
  intro: defineCollection({
    loader: items('gioi-thieu'),
    // The administrative map goes through Astro's image pipeline, like news photos; the CLI has
    // already checked imageAlt (introSchema), so the unrefined fields are enough here.
    schema: ({ image }) => introFields.extend({ image: image().optional() }),
  }),
  calendar: defineCollection({ loader: items('lich-cong-tac'), schema: calendarSchema }),
  consultations: defineCollection({ loader: items('lay-y-kien'), schema: consultationSchema }),
  disclosures: defineCollection({ loader: items('cong-khai'), schema: disclosureSchema }),
};
