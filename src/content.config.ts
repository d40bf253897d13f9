// Content collections: glob loaders over content/, validated by the same zod schemas the checker uses.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, claimSchema, recommendationSchema, referenceSchema, symptomSchema, conditionSchema } from './lib/schemas.ts';

const from = (folder: string, pattern: string) => glob({ base: `./content/${folder}`, pattern });

export const collections = {
  articles: defineCollection({ loader: from('articles', '**/*.mdx'), schema: articleSchema }),
  claims: defineCollection({ loader: from('claims', '**/*.mdx'), schema: claimSchema }),
  recommendations: defineCollection({ loader: from('recommendations', '**/*.mdx'), schema: recommendationSchema }),
  references: defineCollection({ loader: from('references', '**/*.yaml'), schema: referenceSchema }),
  symptoms: defineCollection({ loader: from('symptoms', '**/*.yaml'), schema: symptomSchema }),
  conditions: defineCollection({ loader: from('conditions', '**/*.mdx'), schema: conditionSchema }),
};
