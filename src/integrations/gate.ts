// Astro integration: runs the content checker before anything compiles, and puts the MDX policy in front of the compiler.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContentParallel } from '../lib/content/parallel-load.ts';
import { primeSiteModel, siteModelFromCheck } from '../lib/site/model.ts';
import { prefetchVancouver } from '../lib/references/prefetch-vancouver.ts';
import { formatProblem, formatSummary } from '../lib/problems/format.ts';
import { policyPlugin } from './mdx-policy-plugin.ts';

class ContentCheckError extends Error {
  constructor(lines: string[], summary: string) {
    super(`Content check failed; nothing was built.\n${lines.join('\n')}\n${summary}`);
    this.name = 'ContentCheckError';
  }
}

/** Runs the content checker before anything compiles, and puts the MDX policy in front of the MDX compiler. openEvidence() puts it first. */
export default function evidenceGate(): AstroIntegration {
  return {
    name: 'evidence-gate',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const check = await checkContentParallel(root);
        const { problems, entries } = check;
        const errors = problems.filter((p) => p.severity === 'error');
        const summary = `${formatSummary(problems, entries)} (${Math.round(performance.now() - started)} ms)`;
        if (errors.length) {
          const lines = problems.map(formatProblem);
          for (const line of lines) console.error(line);
          throw new ContentCheckError(lines, summary);
        }
        for (const p of problems) logger.warn(formatProblem(p));
        logger.info(summary);
        // What passed the policy here need not be parsed again in front of the compiler; edits made since will be.
        const checked = new Map(check.tree.entries.filter((e) => e.file.endsWith('.mdx')).map((e) => [join(root, e.file), e.source]));
        // The pages and the remark plugin use this checked tree instead of reading and checking the content again.
        const model = siteModelFromCheck(check);
        primeSiteModel(root, model);
        // citeproc is slow: format every reference on another thread while Vite compiles.
        if (command === 'build') prefetchVancouver(model.references);
        updateConfig({ vite: { plugins: [policyPlugin(root, checked)] } });
      },
    },
  };
}
