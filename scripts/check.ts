// `npm run check`: the content gate for editors, without building the site.
// Options: --strict (warnings fail too), --watch (re-check on every save), --today=YYYY-MM-DD (the date review dates are compared with).
import { resolve, join } from 'node:path';
import { existsSync, watch } from 'node:fs';
import type { Problem } from '../src/lib/problems/problem.ts';
import { checkContentParallel } from '../src/lib/content/parallel-load.ts';
import { failed, formatReport } from '../src/lib/problems/format.ts';
import { formatRecheck } from '../src/lib/problems/diff.ts';
import { isRealDate } from '../src/lib/site/dates.ts';
import { didYouMean } from '../src/lib/problems/suggest.ts';
import { exit } from './cli-exit.ts';

const OPTIONS = ['--strict', '--watch', '--today'];
const args = process.argv.slice(2);
let strict = false;
let watchMode = false;
let today: string | undefined;
let rootArg: string | undefined;
for (const arg of args) {
  const [name, value] = arg.split(/=(.*)/s, 2);
  if (arg === '--strict') strict = true;
  else if (arg === '--watch') watchMode = true;
  else if (name === '--today' && value !== undefined && isRealDate(value)) today = value;
  else if (name === '--today') usage(`--today needs a date, e.g. --today=2027-01-31`);
  else if (arg.startsWith('-')) {
    const near = didYouMean(name, OPTIONS);
    usage(`unknown option "${arg}"${near ? `; did you mean "${near}"?` : ''}`);
  } else if (rootArg === undefined) rootArg = arg;
  else usage(`give at most one folder to check (got "${rootArg}" and "${arg}")`);
}
const root = resolve(rootArg ?? process.cwd());

function usage(message: string): never {
  console.error(`check: ${message}\n    hint: npm run check -- [folder] [--strict] [--watch] [--today=YYYY-MM-DD]`);
  exit(2);
}

async function run() {
  const started = performance.now();
  // Large trees are read on several threads; the result is the same as checkContent's.
  const result = await checkContentParallel(root, today ? { today } : {});
  return { ...result, ms: Math.round(performance.now() - started) };
}

const first = await run();
console.log(`${formatReport(first.problems, first.entries, strict)} (${first.ms} ms)`);
// The exit code is set, not forced: Node exits once a piped report has been written out whole.
process.exitCode = failed(first.problems, strict) ? 1 : 0;
if (!watchMode) exit(process.exitCode);

// Watch mode: re-check after every burst of saves and print only what changed.
const contentDir = join(root, 'content');
if (!existsSync(contentDir)) usage(`there is no content/ folder in ${root} to watch`);
let previous: Problem[] = first.problems;
let timer: NodeJS.Timeout | undefined;
let running = false;
const recheck = async () => {
  timer = undefined;
  // One check at a time: saves made during a check start another once it is done.
  if (running) {
    timer = setTimeout(recheck, 100);
    return;
  }
  running = true;
  let next;
  try {
    next = await run();
  } catch (err) {
    // A file removed or renamed mid-read (editors save by rename): try again shortly.
    console.log(`check: could not read the content (${(err as Error).message}); retrying`);
    timer = setTimeout(recheck, 250);
    return;
  } finally {
    running = false;
  }
  console.log(formatRecheck(previous, next.problems, next.entries, next.ms, strict).join('\n'));
  previous = next.problems;
};
const watcher = watch(contentDir, { recursive: true }, () => {
  if (timer) clearTimeout(timer);
  timer = setTimeout(recheck, 100);
});
console.log(`watching ${contentDir} for changes (Ctrl-C to stop)`);
const stop = () => {
  watcher.close();
  if (timer) clearTimeout(timer);
  console.log('stopped watching.');
  process.exitCode = 0;
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
