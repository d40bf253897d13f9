// Astro integration: builds the Pagefind search index into the output before it is published; a failed index fails the build.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { finishBeforePublishing } from './pending-work.ts';

class SearchIndexError extends Error {
  constructor(errors: string[]) {
    super(`Search indexing failed; nothing was published.\n${errors.join('\n')}\n    hint: fix the page named above, or run "npm run build" again to see whether the error repeats`);
    this.name = 'SearchIndexError';
  }
}

/**
 * Indexes the built pages (only their data-pagefind-body parts) into <out>/pagefind/. The index is built in Pagefind's
 * own process while the integrations after this one run; publishOnSuccess waits for it (and fails on its errors)
 * before publishing; openEvidence() puts it before publishOnSuccess.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'evidence-gate:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        finishBeforePublishing(
          (async () => {
            const pagefind = await import('pagefind');
            try {
              const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
              if (!index) throw new SearchIndexError(errors);
              const added = await index.addDirectory({ path: out });
              if (added.errors.length) throw new SearchIndexError(added.errors);
              if (added.page_count === 0) throw new SearchIndexError(['no page was indexed: are the data-pagefind-body attributes gone?']);
              const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
              if (written.errors.length) throw new SearchIndexError(written.errors);
              logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
            } finally {
              await pagefind.close();
            }
          })(),
        );
      },
    },
  };
}
