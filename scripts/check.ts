// `npm run check`: the content gate for editors, without building the site.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/checker.ts';
import { formatProblem, formatSummary } from '../src/lib/format-problems.ts';

const args = process.argv.slice(2);
const rootArg = args.find((a) => !a.startsWith('--'));
const root = resolve(rootArg ?? process.cwd());
const started = performance.now();
const { problems, entries } = checkContent(root);
for (const p of problems) console.log(formatProblem(p));
const ms = Math.round(performance.now() - started);
console.log(`${formatSummary(problems, entries)} (${ms} ms)`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
