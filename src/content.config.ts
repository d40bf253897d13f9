// Content collections: glob loaders over content/, validated by the same zod schemas the checker uses.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleSchema, claimSchema, recommendationSchema, referenceSchema, symptomSchema, conditionSchema, redFlagSchema } from './lib/content/schemas.ts';

const from = (folder: string, pattern: string) => glob({ base: `./content/${folder}`, pattern });

/**
 * The glob loader, except that an MDX entry whose body is blank (most claims and recommendations are frontmatter
 * only) is kept as data, not as a module to compile: render() gives it empty content, and the build skips
 * compiling and bundling thousands of empty MDX modules. An entry with a body is compiled and rendered as usual.
 */
const mdxFrom = (folder: string): Loader => {
  const inner = from(folder, '**/*.mdx');
  return {
    name: 'open-evidence:mdx-entries',
    load: (context: LoaderContext) => {
      type Store = LoaderContext['store'];
      const set: Store['set'] = (entry) => context.store.set(entry.deferredRender && !entry.body?.trim() ? { ...entry, deferredRender: undefined } : entry);
      const store = new Proxy(context.store, { get: (target, key) => (key === 'set' ? set : Reflect.get(target, key)) });
      return inner.load({ ...context, store });
    },
  };
};

export const collections = {
  articles: defineCollection({ loader: mdxFrom('articles'), schema: articleSchema }),
  claims: defineCollection({ loader: mdxFrom('claims'), schema: claimSchema }),
  recommendations: defineCollection({ loader: mdxFrom('recommendations'), schema: recommendationSchema }),
  references: defineCollection({ loader: from('references', '**/*.yaml'), schema: referenceSchema }),
  symptoms: defineCollection({ loader: from('symptoms', '**/*.yaml'), schema: symptomSchema }),
  conditions: defineCollection({ loader: mdxFrom('conditions'), schema: conditionSchema }),
  'red-flags': defineCollection({ loader: from('red-flags', '**/*.yaml'), schema: redFlagSchema }),
};
