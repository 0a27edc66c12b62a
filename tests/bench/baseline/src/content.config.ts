import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  items: defineCollection({
    loader: glob({ base: process.env.BASELINE_CONTENT ?? '../../../content', pattern: '[!_]*/**/*.md' }),
  }),
};
