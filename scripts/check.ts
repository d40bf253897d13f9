// `npm run check`: the content gate for editors, without building the site.
// Options: --strict (warnings fail too), --watch (re-check on every save), --today=YYYY-MM-DD (the date review dates are
// compared with), --format=text|github|json (github: annotations on the pull-request diff and a job-summary table; the
// default on GitHub Actions), --changed-from=<git ref> (github: problems in files changed since it first).
import { resolve, join } from 'node:path';
import { appendFileSync, existsSync, watch } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Problem } from '../src/lib/problems/problem.ts';
import { checkContentParallel } from '../src/lib/content/parallel-load.ts';
import { failed, formatReport, formatSummary } from '../src/lib/problems/format.ts';
import { formatRecheck } from '../src/lib/problems/diff.ts';
import { recheckScheduler } from '../src/lib/check/recheck-scheduler.ts';
import { isRealDate } from '../src/lib/site/dates.ts';
import { didYouMean } from '../src/lib/problems/suggest.ts';
import { annotation, changedFirst, jsonReport, summaryTable } from '../src/lib/problems/report-formats.ts';
import { exit } from './cli-exit.ts';

const OPTIONS = ['--strict', '--watch', '--today', '--format', '--changed-from'];
const FORMATS = ['text', 'github', 'json'] as const;
const args = process.argv.slice(2);
let strict = false;
let watchMode = false;
let today: string | undefined;
let rootArg: string | undefined;
let format: (typeof FORMATS)[number] = process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
let changedFrom = process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined;
for (const arg of args) {
  const [name, value] = arg.split(/=(.*)/s, 2);
  if (arg === '--strict') strict = true;
  else if (arg === '--watch') watchMode = true;
  else if (name === '--today' && value !== undefined && isRealDate(value)) today = value;
  else if (name === '--today') usage(`--today needs a date, e.g. --today=2027-01-31`);
  else if (name === '--format' && (FORMATS as readonly string[]).includes(value ?? '')) format = value as (typeof FORMATS)[number];
  else if (name === '--format') usage(`--format is one of ${FORMATS.join(', ')}${value && didYouMean(value, [...FORMATS]) ? `; did you mean "${didYouMean(value, [...FORMATS])}"?` : ''}`);
  else if (name === '--changed-from' && value) changedFrom = value;
  else if (arg.startsWith('-')) {
    const near = didYouMean(name, OPTIONS);
    usage(`unknown option "${arg}"${near ? `; did you mean "${near}"?` : ''}`);
  } else if (rootArg === undefined) rootArg = arg;
  else usage(`give at most one folder to check (got "${rootArg}" and "${arg}")`);
}
const root = resolve(rootArg ?? process.cwd());

function usage(message: string): never {
  console.error(`check: ${message}\n    hint: npm run check -- [folder] [--strict] [--watch] [--today=YYYY-MM-DD] [--format=text|github|json] [--changed-from=<git ref>]`);
  exit(2);
}

async function run() {
  const started = performance.now();
  // Large trees are read on several threads; the result is the same as checkContent's.
  const result = await checkContentParallel(root, today ? { today } : {});
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** Content files changed since `ref` (relative to the root), or none when git cannot tell. */
function changedFiles(ref: string | undefined): Set<string> {
  if (!ref) return new Set();
  try {
    return new Set(execFileSync('git', ['diff', '--name-only', '--relative', ref, '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

const first = await run();
const report = `${formatReport(first.problems, first.entries, strict)} (${first.ms} ms)`;
if (format === 'json') process.stdout.write(jsonReport(first.problems, first.entries));
else if (format === 'github') {
  // Annotations first (GitHub turns them into marks on the diff), changed files first; then the report for the log.
  for (const p of changedFirst(first.problems, changedFiles(changedFrom))) console.log(annotation(p));
  console.log(report);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, summaryTable(first.problems, `${formatSummary(first.problems, first.entries, strict)}`));
} else console.log(report);
// The exit code is set, not forced: Node exits once a piped report has been written out whole.
process.exitCode = failed(first.problems, strict) ? 1 : 0;
if (!watchMode) exit(process.exitCode);

// Watch mode: re-check after every burst of saves and print only what changed.
const contentDir = join(root, 'content');
if (!existsSync(contentDir)) usage(`there is no content/ folder in ${root} to watch`);
let previous: Problem[] = first.problems;
const rechecks = recheckScheduler(run, (next) => {
  console.log(formatRecheck(previous, next.problems, next.entries, next.ms, strict).join('\n'));
  previous = next.problems;
});
const watcher = watch(contentDir, { recursive: true }, rechecks.changed);
console.log(`watching ${contentDir} for changes (Ctrl-C to stop)`);
const stop = () => {
  watcher.close();
  rechecks.stop();
  console.log('stopped watching.');
  process.exitCode = 0;
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
