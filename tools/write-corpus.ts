// Writes a synthetic corpus into a project folder, refusing this project's own content/ and any content/ that holds files.
import { mkdirSync, writeFileSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Corpus } from '../src/lib/bench/synthetic-corpus.ts';
import { PROJECT_ROOT } from './temp-project.ts';

export class CorpusTargetError extends Error {}

/** Real path of `p`, or of its nearest existing parent joined with the rest (so symlinks cannot smuggle a path in). */
function realish(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realish(parent), relative(parent, abs));
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Throws unless `root`/content is a fresh place for a synthetic corpus: not this project's content/, not a content/ with files. */
export function assertCorpusTarget(root: string, projectRoot = PROJECT_ROOT): void {
  const target = realish(join(root, 'content'));
  const own = realish(join(projectRoot, 'content'));
  if (inside(target, own) || inside(own, target)) {
    throw new CorpusTargetError(`refusing to write synthetic entries into the project's own content folder (${own}); give another folder with --out=<folder>`);
  }
  if (inside(realish(root), own)) throw new CorpusTargetError(`refusing to write inside the project's content folder (${own}); give a folder outside it`);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new CorpusTargetError(`${target} already holds files; give an empty or new folder with --out=<folder>`);
  }
}

/** Writes a generated corpus under `root` (the project folder that will hold content/). */
export function writeCorpus(root: string, corpus: Corpus, projectRoot = PROJECT_ROOT): void {
  assertCorpusTarget(root, projectRoot);
  const made = new Set<string>();
  for (const [path, text] of corpus.files) {
    const file = join(root, path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, text);
  }
}
