// Astro integration: runs the content checker before anything compiles, and puts the MDX policy in front of the compiler.
// Under `astro dev` it does not stop: it re-checks on every change under content/ and lets the pages show the problems.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { checkContentParallel } from '../lib/content/parallel-load.ts';
import type { CheckResult } from '../lib/check/checker.ts';
import { recheckScheduler } from '../lib/check/recheck-scheduler.ts';
import { primeSiteModel, siteModelFromCheck } from '../lib/site/model.ts';
import { prefetchVancouver } from '../lib/references/prefetch-vancouver.ts';
import { formatProblem, formatSummary } from '../lib/problems/format.ts';
import { openDevRegistry, type DevRegistry } from '../lib/problems/dev-registry.ts';
import { DEV_CSS, DEV_CSS_PATH } from '../lib/problems/dev-banner.ts';
import { policyPlugin } from './mdx-policy-plugin.ts';

/** The one line a build refused by the gate ends with. */
export const CHECK_FAILED = 'Content check failed; nothing was built.';

/** MDX files the checker passed without an error, by absolute path, with the text it read (not parsed again by the policy plugin). */
function passedMdx(root: string, check: CheckResult, into = new Map<string, string>()): Map<string, string> {
  const failing = new Set(check.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  into.clear();
  for (const e of check.tree.entries) if (e.file.endsWith('.mdx') && !failing.has(e.file)) into.set(join(root, e.file), e.source);
  return into;
}

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Drops the compiled modules of `files` (absolute paths) in every Vite environment, as Astro does for an edited file. */
function recompileBodies(server: DevServer, files: readonly string[]): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const runner = 'runner' in environment ? (environment.runner as { evaluatedModules?: { getModulesByFile(f: string): Set<unknown> | undefined; invalidateModule(m: unknown): void } }) : undefined;
    for (const file of files) {
      for (const mod of environment.moduleGraph.getModulesByFile(file) ?? []) environment.moduleGraph.invalidateModule(mod, undefined, timestamp, true);
      for (const mod of runner?.evaluatedModules?.getModulesByFile(file) ?? []) runner!.evaluatedModules!.invalidateModule(mod);
    }
  }
}

/** Runs the content checker before anything compiles, and puts the MDX policy in front of the MDX compiler. openEvidence() puts it first. */
export default function evidenceGate(): AstroIntegration {
  let dev: { root: string; registry: DevRegistry; checked: Map<string, string> } | undefined;
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
        if (command === 'dev') {
          // The live preview shows what the build would refuse instead of refusing it: printed here, on every page.
          for (const p of errors) console.error(formatProblem(p));
          for (const p of problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
          logger.info(errors.length ? `${summary} The dev server runs on; every page lists the problems until they are fixed.` : summary);
          const checked = passedMdx(root, check);
          dev = { root, registry: openDevRegistry(root, problems, entries), checked };
          primeSiteModel(root, siteModelFromCheck(check));
          updateConfig({ vite: { plugins: [policyPlugin(root, checked, { dev: true })] } });
          return;
        }
        if (errors.length) {
          // A content error is the editor's to fix, not a crash: the problems and one line, no stack trace. Nothing has
          // been written yet (this is the first hook), so the previous dist/ stays as it was.
          for (const line of problems.map(formatProblem)) console.error(line);
          console.error(summary);
          console.error(CHECK_FAILED);
          process.exit(1);
        }
        for (const p of problems) logger.warn(formatProblem(p));
        logger.info(summary);
        // What passed the policy here need not be parsed again in front of the compiler; edits made since will be.
        const checked = passedMdx(root, check);
        // The pages and the remark plugin use this checked tree instead of reading and checking the content again.
        const model = siteModelFromCheck(check);
        primeSiteModel(root, model);
        // citeproc is slow: format every reference on another thread while Vite compiles.
        if (command === 'build') prefetchVancouver(model.references);
        updateConfig({ vite: { plugins: [policyPlugin(root, checked)] } });
      },
      'astro:server:setup': ({ server }) => {
        if (!dev) return;
        const { root, registry, checked } = dev;
        server.middlewares.use(DEV_CSS_PATH, (_req, res) => {
          res.setHeader('content-type', 'text/css; charset=utf-8');
          res.end(DEV_CSS);
        });
        const contentDir = join(root, 'content');
        server.watcher.add(contentDir);
        const rechecks = recheckScheduler(
          async () => {
            const started = performance.now();
            return { check: await checkContentParallel(root), ms: Math.round(performance.now() - started) };
          },
          ({ check, ms }, morePending) => {
            passedMdx(root, check, checked);
            // Bodies are compiled with the model's citation numbers and markers: recompile them at their next load.
            recompileBodies(server, check.tree.entries.filter((e) => e.file.endsWith('.mdx')).map((e) => join(root, e.file)));
            // The pages render the content just checked; numbers, markers and boxes follow it.
            primeSiteModel(root, siteModelFromCheck(check));
            console.log(registry.update(check.problems, check.entries, ms).join('\n'));
            if (!morePending) registry.markClean();
          },
        );
        server.watcher.on('all', (_event: string, path: string) => {
          if (!path.startsWith(contentDir + sep)) return;
          registry.markDirty();
          rechecks.changed();
        });
      },
    },
  };
}
