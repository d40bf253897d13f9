// Astro integration: runs the content checker before anything compiles, and publishes dist/ only when the build succeeds.
import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, renameSync, rmSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { spawn } from 'node:child_process';
import { checkContentParallel } from '../lib/content/parallel-load.ts';
import { primeSiteModel, siteModelFromCheck } from '../lib/site/model.ts';
import { prefetchVancouver } from '../lib/references/prefetch-vancouver.ts';
import { formatProblem, formatSummary } from '../lib/problems/format.ts';
import { splitFrontmatter, parseMdx } from '../lib/mdx/pipeline.ts';
import { checkMdxPolicy } from '../lib/mdx/policy.ts';
import { unreadCitations } from '../lib/citations/unread.ts';
import { LineIndex } from '../lib/problems/line-index.ts';
import { isEntryPath } from '../lib/content/content-files.ts';

export class ContentCheckError extends Error {
  constructor(lines: string[], summary: string) {
    super(`Content check failed; nothing was built.\n${lines.join('\n')}\n${summary}`);
    this.name = 'ContentCheckError';
  }
}

/**
 * Vite plugin: re-applies the MDX policy to every content file right before the MDX compiler sees it (dev server edits too).
 * `checked` maps absolute paths to the exact text the gate's checker already parsed and passed; such a file is not parsed again.
 */
export function policyPlugin(root: string, checked: ReadonlyMap<string, string> = new Map()) {
  const contentDir = join(root, 'content') + sep;
  return {
    name: 'evidence-gate:mdx-policy',
    enforce: 'pre' as const,
    // A content file imports nothing but Astro's runtime and itself: no image, link or definition can pull in a module.
    resolveId(source: string, importer: string | undefined) {
      const from = importer?.split('?')[0];
      if (!from?.startsWith(contentDir)) return null;
      if (source.split('?')[0] === from || /^astro\/(jsx-runtime|runtime\/server\/index\.js)$/.test(source)) return null;
      throw new Error(`${relative(root, from).split(sep).join('/')}: content may not import "${source}"; it was refused before loading. Images go in public/images/ and are written ![text](/images/name.png)`);
    },
    // Only entry files are ever loaded from content/ (a module placed there is never run).
    load(id: string) {
      const path = id.split('?')[0];
      if (!path.startsWith(contentDir)) return null;
      const rel = relative(root, path).split(sep).join('/');
      if (!isEntryPath(rel)) throw new Error(`${rel}: not an entry of a known collection; it was refused before loading`);
      return null;
    },
    transform(code: string, id: string) {
      const path = id.split('?')[0];
      if (!path.endsWith('.mdx') || !path.startsWith(contentDir)) return null;
      const source = readFileSync(path, 'utf8');
      if (checked.get(path) === source) return null;
      const { body } = splitFrontmatter(source);
      const lines = new LineIndex(source);
      const rel = relative(root, path).split(sep).join('/');
      let violations;
      try {
        const tree = parseMdx(body);
        violations = [...checkMdxPolicy(tree), ...unreadCitations(tree, body)];
      } catch (err) {
        throw new Error(`${rel}: MDX syntax error, refused before compiling: ${(err as Error).message}`);
      }
      if (violations.length) {
        const text = violations.map((v) => {
          const p = lines.at(v.offset);
          return `${rel}:${p.line}:${p.column}  ${v.message}\n    hint: ${v.hint}`;
        });
        throw new Error(`MDX policy refused this file before compiling it:\n${text.join('\n')}`);
      }
      return null;
    },
  };
}

/** Runs the content checker before anything compiles, and puts the MDX policy in front of the MDX compiler. List it first. */
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

/** Deletes a folder without holding up the build: a detached `rm -rf` where there is one, else right away. */
function removeInBackground(dir: string): void {
  if (process.platform !== 'win32') {
    const child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}

const pending: Array<Promise<unknown>> = [];

/** Work on the private output that may run alongside later build:done hooks; publishing waits for it, and fails with it. */
export function finishBeforePublishing(work: Promise<unknown>): void {
  work.catch(() => {}); // handled when publishing awaits it
  pending.push(work);
}

/**
 * Builds into a private folder and replaces dist/ only when the whole build has succeeded, so a failed
 * build leaves the previous dist/ exactly as it was. List it last: its astro:build:done runs after the others'.
 */
export function publishOnSuccess(): AstroIntegration {
  let finalOut: string | undefined;
  return {
    name: 'evidence-gate:publish-on-success',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        finalOut = fileURLToPath(config.outDir);
        // A previous site left behind by a build that was killed while deleting it.
        const parent = dirname(finalOut.replace(/[\\/]$/, ''));
        const stale = `${basename(finalOut.replace(/[\\/]$/, ''))}.old-`;
        if (existsSync(parent)) for (const name of readdirSync(parent)) if (name.startsWith(stale)) removeInBackground(join(parent, name));
        const tmpRoot = join(root, '.build-tmp');
        if (existsSync(tmpRoot)) rmSync(tmpRoot, { recursive: true, force: true });
        const tempOut = join(tmpRoot, `dist-${process.pid}`);
        mkdirSync(tempOut, { recursive: true });
        updateConfig({ outDir: pathToFileURL(tempOut + sep) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The search index (and any other work still writing into the output) must be complete, and must have succeeded.
        await Promise.all(pending.splice(0));
        if (!finalOut) return;
        const built = fileURLToPath(dir);
        const old = `${finalOut.replace(/[\\/]$/, '')}.old-${process.pid}`;
        if (existsSync(finalOut)) renameSync(finalOut, old);
        renameSync(built, finalOut);
        rmSync(join(built, '..'), { recursive: true, force: true }); // the emptied .build-tmp/
        // The new site is in place; the previous one is deleted in the background (tens of thousands of files at scale).
        if (existsSync(old)) removeInBackground(old);
        logger.info(`published ${relative(process.cwd(), finalOut) || finalOut}`);
      },
    },
  };
}
