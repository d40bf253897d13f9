// `npm run bench -- [--sizes=1000,10000] [--quick] [--runs=3] [--seed=1] [--out=FILE] [--keep] [--no-unified]`
// For each size: generates a synthetic corpus (scripts/generate-corpus.ts) into a throwaway copy of this site and into
// a bare Astro + MDX baseline (scripts/bench-projects.ts says exactly what the baseline holds), then measures, as the
// median of --runs runs:
//   check_ms           wall time of `npm run check <dir>` (node + tsx + scripts/check.ts, so process start included)
//   build_ms           wall time of `astro build` of this site (content gate, pages, JSON, sitemap, Pagefind index, publish)
//   baseline_build_ms  wall time of `astro build` of the bare baseline (Astro's default MDX processor, Sätteri)
//   baseline_unified_build_ms  the same baseline on the unified/remark processor this site must use (skip: --no-unified)
//   peak_rss_mb        largest resident set of any process of the build (GNU time's "Maximum resident set size")
// and once, from this site's built output:
//   article_*_bytes    one article page: its HTML, the CSS it links or inlines, the JS it loads (module imports followed)
//   search_first_query_bytes  bytes downloaded by the first search from /search/ (scripts/search-bytes.ts, in chromium)
//   broken_build_ms    `astro build` after one article gains an unknown citation, with the last good site in dist/:
//                      it must fail in the checker, name the file and line, and leave dist/ byte for byte as it was
// Builds run on the default Node heap. Temporary folders are removed unless --keep.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, type Corpus } from '../src/lib/bench/synthetic-corpus.ts';
import { PROJECT_ROOT, ASTRO_BIN, astroBuild } from '../tools/temp-project.ts';
import { makeBaselineProject, makeSiteProject } from '../tools/bench-projects.ts';
import { hashTree } from '../tools/hash-tree.ts';
import { measureSearchBytes } from './search-bytes.ts';
import { exit } from './cli-exit.ts';

export interface SizeResult {
  entries: number;
  check_ms: number;
  build_ms: number;
  baseline_build_ms: number;
  build_ratio: number;
  peak_rss_mb: number;
  baseline_peak_rss_mb: number;
  article_html_bytes: number;
  article_css_bytes: number;
  article_js_bytes: number;
  search_first_query_bytes: number;
  baseline_unified_build_ms?: number;
  broken_build_ms: number;
  /** The broken build failed, named the file:line, compiled nothing and left dist/ byte for byte as it was. */
  broken_build_ok: boolean;
  /** Every run's numbers, for judging the noise. */
  runs: { check_ms: number[]; build_ms: number[]; baseline_build_ms: number[]; baseline_unified_build_ms: number[]; peak_rss_mb: number[]; baseline_peak_rss_mb: number[] };
}

const GNU_TIME = '/usr/bin/time';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Sum of VmHWM over a process and its descendants, sampled until it exits (used when GNU time is missing). */
function treeHwmKb(pid: number): number {
  const kids = (p: number): number[] => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...kids(all[i]));
  return all.reduce((n, p) => {
    try {
      return Math.max(n, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      return n;
    }
  }, 0);
}

/** Runs a command, returning wall time, exit status, output and the peak RSS (MB) of its largest process. */
async function measure(cmd: string, args: string[], cwd: string): Promise<{ ms: number; rssMb: number; status: number | null; output: string }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  if (existsSync(GNU_TIME)) {
    const dir = mkdtempSync(join(tmpdir(), 'oe-bench-time-'));
    const timeFile = join(dir, 'time.txt');
    const started = performance.now();
    const r = spawnSync(GNU_TIME, ['-v', '-o', timeFile, cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - started;
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? NaN);
    rmSync(dir, { recursive: true, force: true });
    return { ms, rssMb: kb / 1024, status: r.status, output: `${r.stdout}\n${r.stderr}` };
  }
  const { spawn } = await import('node:child_process');
  const started = performance.now();
  const child = spawn(cmd, args, { cwd, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeHwmKb(child.pid!))), 100);
  const status: number | null = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  return { ms: performance.now() - started, rssMb: peak / 1024, status, output };
}

/** Bytes of one built page: its HTML, linked and inline CSS, and the JS it loads (external, inline, and module imports). */
export function pageBytes(dist: string, htmlFile: string): { html: number; css: number; js: number } {
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
  const fileOf = (href: string) => join(dist, href.replace(/^\//, '').split(/[?#]/)[0]);
  let css = 0;
  let js = 0;
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel\s*=\s*["']?stylesheet/i.test(tag) && attr(tag, 'href')) css += readFileSync(fileOf(attr(tag, 'href')!)).length;
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += Buffer.byteLength(m[1]);
  const seen = new Set<string>();
  const jsFile = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    js += Buffer.byteLength(text);
    for (const m of text.matchAll(/(?:\bimport\s*(?:[\w*{},\s$]+from\s*)?|\bimport\s*\()\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1];
      jsFile(spec.startsWith('/') ? fileOf(spec) : join(file, '..', spec));
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = m;
    const type = attr(`<x ${attrs}>`, 'type');
    if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON data and JSON-LD are not code
    const src = attr(`<x ${attrs}>`, 'src');
    if (src) jsFile(fileOf(src));
    else js += Buffer.byteLength(body);
  }
  return { html: Buffer.byteLength(html), css, js };
}

function parseArgs(argv: string[]) {
  const opts = { sizes: [1000, 10000], runs: 3, seed: 1, out: undefined as string | undefined, keep: false, unified: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (arg === '--quick') opts.sizes = [1000];
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--no-unified') opts.unified = false;
    else if (name === '--sizes') opts.sizes = value().split(',').map(Number);
    else if (name === '--runs') opts.runs = Number(value());
    else if (name === '--seed') opts.seed = Number(value());
    else if (name === '--out') opts.out = resolve(value());
    else {
      console.error(`bench: unknown argument "${arg}"\n    hint: npm run bench -- [--sizes=1000,10000] [--quick] [--runs=3] [--seed=1] [--out=FILE] [--keep] [--no-unified]`);
      exit(2);
    }
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 20) || !Number.isInteger(opts.runs) || opts.runs < 1) {
    console.error('bench: --sizes takes whole numbers of at least 20, --runs a whole number of at least 1');
    exit(2);
  }
  return opts;
}

/**
 * One article gains an unknown citation; `astro build` must then fail in the checker (before compiling), name the
 * file and line, and leave the last good dist/ byte for byte as it was. The article is restored afterwards.
 */
function brokenBuild(site: string, corpus: Corpus): { ms: number; ok: boolean; why?: string } {
  const articles = [...corpus.files.keys()].filter((p) => p.startsWith('content/articles/'));
  const article = articles[Math.floor(articles.length / 2)];
  const file = join(site, article);
  const original = readFileSync(file, 'utf8');
  const lines = `${original}\nA source that does not exist [@synthetic-no-such-source].\n`.split('\n');
  const line = lines.findIndex((l) => l.includes('@synthetic-no-such-source')) + 1;
  writeFileSync(file, lines.join('\n'));
  try {
    const before = hashTree(join(site, 'dist'));
    const r = astroBuild(site);
    const why = [
      r.status === 0 && 'the build succeeded',
      !r.output.includes(`${article}:${line}:31  unknown reference id "@synthetic-no-such-source"`) && 'the file:line was not named',
      /Building static entrypoints|\[vite\] ✓ built/.test(r.output) && 'it compiled before failing',
      hashTree(join(site, 'dist')) !== before && 'dist/ changed',
    ].filter(Boolean);
    return { ms: r.ms, ok: why.length === 0, why: why.join('; ') };
  } finally {
    writeFileSync(file, original);
  }
}

async function settleOldDist(site: string): Promise<void> {
  for (let waited = 0; waited < 120_000 && readdirSync(site).some((n) => n.startsWith('dist.old-')); waited += 100) await new Promise((r) => setTimeout(r, 100));
}

function fail(what: string, r: { status: number | null; output: string }): never {
  throw new Error(`${what} failed (exit ${r.status}):\n${r.output.split('\n').slice(-40).join('\n')}`);
}

export async function benchSize(entries: number, runs: number, seed: number, keep: boolean, log: (s: string) => void, unifiedBaseline = true): Promise<SizeResult> {
  const corpus = generateCorpus({ entries, seed });
  log(`${entries} entries: ${corpus.stats.articles} articles, ${corpus.stats.claims} claims, ${corpus.stats.recommendations} recommendations, ${corpus.stats.references} references, ${corpus.stats.symptoms} symptoms, ${corpus.stats.conditions} conditions`);
  const site = makeSiteProject(corpus);
  const base = makeBaselineProject(corpus);
  const unified = unifiedBaseline ? makeBaselineProject(corpus, { processor: 'unified' }) : undefined;
  const node = process.execPath;
  const r: SizeResult['runs'] = { check_ms: [], build_ms: [], baseline_build_ms: [], baseline_unified_build_ms: [], peak_rss_mb: [], baseline_peak_rss_mb: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const check = await measure(node, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'check.ts'), site], PROJECT_ROOT);
      if (check.status !== 0) fail('npm run check', check);
      r.check_ms.push(check.ms);
      // Ours and the baseline alternate, so a busy moment on the machine falls on both alike.
      const ours = await measure(node, [ASTRO_BIN, 'build'], site);
      if (ours.status !== 0) fail('astro build (site)', ours);
      r.build_ms.push(ours.ms);
      r.peak_rss_mb.push(ours.rssMb);
      // The build hands the previous dist/ to a background `rm -rf`: let it finish before timing anything else.
      await settleOldDist(site);
      const bare = await measure(node, [ASTRO_BIN, 'build'], base);
      if (bare.status !== 0) fail('astro build (baseline)', bare);
      r.baseline_build_ms.push(bare.ms);
      r.baseline_peak_rss_mb.push(bare.rssMb);
      let uni = '';
      if (unified) {
        const u = await measure(node, [ASTRO_BIN, 'build'], unified);
        if (u.status !== 0) fail('astro build (unified baseline)', u);
        r.baseline_unified_build_ms.push(u.ms);
        uni = `, unified baseline ${Math.round(u.ms)} ms`;
      }
      log(`  run ${i + 1}/${runs}: check ${Math.round(check.ms)} ms, build ${Math.round(ours.ms)} ms (${Math.round(ours.rssMb)} MB), baseline ${Math.round(bare.ms)} ms (${Math.round(bare.rssMb)} MB)${uni}`);
    }
    const broken = brokenBuild(site, corpus);
    log(`  broken citation: build failed in ${Math.round(broken.ms)} ms${broken.ok ? ', named file:line, dist/ unchanged' : `; NOT as expected: ${broken.why}`}`);
    const dist = join(site, 'dist');
    const firstArticle = [...corpus.files.keys()].find((p) => p.startsWith('content/articles/'))!.replace(/^content\/articles\/(.*)\.mdx$/, '$1');
    const bytes = pageBytes(dist, join(dist, 'articles', firstArticle, 'index.html'));
    const search = await measureSearchBytes(dist, ['neck pain', 'tingling']);
    const build_ms = median(r.build_ms);
    const baseline_build_ms = median(r.baseline_build_ms);
    return {
      entries,
      check_ms: Math.round(median(r.check_ms)),
      build_ms: Math.round(build_ms),
      baseline_build_ms: Math.round(baseline_build_ms),
      build_ratio: Math.round((build_ms / baseline_build_ms) * 100) / 100,
      peak_rss_mb: Math.round(median(r.peak_rss_mb)),
      baseline_peak_rss_mb: Math.round(median(r.baseline_peak_rss_mb)),
      article_html_bytes: bytes.html,
      article_css_bytes: bytes.css,
      article_js_bytes: bytes.js,
      search_first_query_bytes: search.first_query_bytes,
      ...(unified ? { baseline_unified_build_ms: Math.round(median(r.baseline_unified_build_ms)) } : {}),
      broken_build_ms: Math.round(broken.ms),
      broken_build_ok: broken.ok,
      runs: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map((x) => Math.round(x))])) as SizeResult['runs'],
    };
  } finally {
    if (keep) log(`  kept ${site} and ${base}`);
    else for (const d of [site, base, unified]) if (d) rmSync(d, { recursive: true, force: true });
  }
}

export function formatTable(results: SizeResult[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
  const rows: Array<[string, (x: SizeResult) => string]> = [
    ['entries', (x) => String(x.entries)],
    ['npm run check', (x) => s(x.check_ms)],
    ['astro build (ours)', (x) => s(x.build_ms)],
    ['astro build (bare baseline)', (x) => s(x.baseline_build_ms)],
    ['build ratio ours/baseline', (x) => `${x.build_ratio.toFixed(2)}×`],
    ['baseline on unified processor', (x) => (x.baseline_unified_build_ms === undefined ? '–' : s(x.baseline_unified_build_ms))],
    ['peak RSS ours', (x) => `${x.peak_rss_mb} MB`],
    ['peak RSS baseline', (x) => `${x.baseline_peak_rss_mb} MB`],
    ['article HTML', (x) => kb(x.article_html_bytes)],
    ['article CSS', (x) => kb(x.article_css_bytes)],
    ['article JS', (x) => kb(x.article_js_bytes)],
    ['search: first query', (x) => kb(x.search_first_query_bytes)],
    ['broken citation: failed build', (x) => `${s(x.broken_build_ms)}${x.broken_build_ok ? '' : ' (NOT OK)'}`],
  ];
  const cells = rows.map(([label, f]) => [label, ...results.map(f)]);
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
  const out = [line(cells[0]), `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...cells.slice(1).map(line)];
  if (results.length > 1) {
    const [a, b] = [results[0], results[results.length - 1]];
    out.push('', `build at ${b.entries} / build at ${a.entries}: ${(b.build_ms / a.build_ms).toFixed(1)}× (baseline ${(b.baseline_build_ms / a.baseline_build_ms).toFixed(1)}×)`);
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string) => console.log(line);
  const results: SizeResult[] = [];
  for (const size of opts.sizes) results.push(await benchSize(size, opts.runs, opts.seed, opts.keep, log, opts.unified));
  console.log(`\n${formatTable(results)}\n\n(medians of ${opts.runs} run${opts.runs === 1 ? '' : 's'}; ${Math.round((performance.now() - started) / 1000)} s in all; node ${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores)`);
  if (opts.out) {
    writeFileSync(opts.out, JSON.stringify({ generated_by: 'npm run bench', seed: opts.seed, runs: opts.runs, node: process.version, sizes: results }, null, 2) + '\n');
    console.log(`wrote ${opts.out}`);
  }
}
