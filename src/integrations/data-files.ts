// Astro integration: writes the data files (entry JSON, reference exports) into the build output, and serves them in dev.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteModel } from '../lib/site/model.ts';
import { dataFileAt, dataFiles } from '../lib/site/data-files.ts';

/** Runs after the gate (which builds the site model) and before publishOnSuccess, as openEvidence() orders them. */
export default function dataFilesIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'evidence-gate:data-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = dataFileAt(siteModel(root), decodeURIComponent((req.url ?? '').split(/[?#]/)[0]));
          if (!file) return next();
          res.setHeader('content-type', file.type);
          res.end(file.body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const made = new Set<string>();
        let n = 0;
        for (const file of dataFiles(siteModel(root))) {
          const path = join(out, file.path);
          const folder = dirname(path);
          if (!made.has(folder)) {
            mkdirSync(folder, { recursive: true });
            made.add(folder);
          }
          writeFileSync(path, file.body);
          n++;
        }
        logger.info(`wrote ${n} data files (entry JSON, reference exports) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
