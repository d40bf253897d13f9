// `npm run generate-corpus -- [--entries=10000] [--seed=1] [--out=<folder>]`: writes a synthetic benchmark content tree
// into <folder>/content/ (default: a new temporary folder). Every file is marked synthetic. It refuses to write into this
// project's own content/ folder, or into a content/ folder that already holds files.
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus } from '../src/lib/bench/synthetic-corpus.ts';
import { writeCorpus, CorpusTargetError } from '../tools/write-corpus.ts';
import { exit } from './cli-exit.ts';

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
