// `npm run generate-corpus -- [--entries=10000] [--seed=1] [--out=<folder>]`: writes a synthetic benchmark content tree
// into <folder>/content/ (default: a new temporary folder). Every file is marked synthetic. It refuses to write into this
// project's own content/ folder, or into a content/ folder that already holds files.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus, type Corpus } from '../src/lib/bench/synthetic-corpus.ts';
import { exit } from './cli-exit.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = args.filter((a) => !/^--(entries|seed|out)=/.test(a));
  if (unknown.length) {
    console.error(`generate-corpus: unknown argument ${unknown.map((a) => `"${a}"`).join(', ')}\n    hint: npm run generate-corpus -- [--entries=10000] [--seed=1] [--out=<folder>]`);
    exit(2);
  }
  const entries = Number(option('entries') ?? 10000);
  const seed = Number(option('seed') ?? 1);
  if (!Number.isInteger(entries) || !Number.isInteger(seed)) {
    console.error('generate-corpus: --entries and --seed take whole numbers, e.g. --entries=1000 --seed=7');
    exit(2);
  }
  const out = resolve(option('out') ?? mkdtempSync(join(tmpdir(), 'oe-corpus-')));
  try {
    const corpus = generateCorpus({ entries, seed });
    writeCorpus(out, corpus);
    const s = corpus.stats;
    console.log(`wrote ${corpus.files.size} synthetic entries to ${join(out, 'content')} (${s.articles} articles, ${s.claims} claims, ${s.recommendations} recommendations, ${s.references} references, ${s.symptoms} symptoms, ${s.conditions} conditions; seed ${seed})`);
    console.log(`check it with: npm run check -- ${out}`);
  } catch (err) {
    if (!(err instanceof CorpusTargetError) && !(err instanceof RangeError) && !/a corpus needs/.test((err as Error).message)) throw err;
    console.error(`generate-corpus: ${(err as Error).message}`);
    exit(1);
  }
}
