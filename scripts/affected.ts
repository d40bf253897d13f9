// `npm run affected -- <base-ref> [--format=markdown]`: the URL of every page whose content changes between <base-ref>
// and the working tree, with its path inside the uploaded site artifact (the pull-request workflow's job summary).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSiteModel } from '../src/lib/site/model.ts';
import { affectedPages, artifactPath, type ChangedEntry } from '../src/lib/site/affected.ts';
import { entryOfPath } from '../src/lib/content/content-files.ts';
import { exit } from './cli-exit.ts';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? process.cwd());
const markdown = args.includes('--format=markdown');
const base = args.find((a) => !a.startsWith('--'));
if (!base) {
  console.error('affected: name the base to compare with, e.g. npm run affected -- origin/main\n    hint: in a pull request, the base branch: origin/${GITHUB_BASE_REF}');
  exit(2);
}

let names: string;
try {
  names = execFileSync('git', ['diff', '--name-only', '--no-renames', base, '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (err) {
  console.error(`affected: git cannot compare with "${base}": ${String((err as { stderr?: string }).stderr ?? err).trim()}\n    hint: fetch the base first (git fetch origin main), or pass a commit`);
  exit(2);
}
const changed: ChangedEntry[] = names.split('\n').flatMap((p) => entryOfPath(p) ?? []);
const { pages, removed } = affectedPages(buildSiteModel(root), changed);

if (markdown) {
  console.log(`### Pages this pull request changes (${pages.length})\n`);
  if (pages.length) console.log('| page | in the site artifact |\n| --- | --- |\n' + pages.map((p) => `| \`${p}\` | \`${artifactPath(p)}\` |`).join('\n'));
  else console.log('No page changes: nothing under content/ differs from the base.');
  if (removed.length) console.log(`\nRemoved pages: ${removed.map((p) => `\`${p}\``).join(', ')}`);
} else {
  for (const p of pages) console.log(`${p}\t${artifactPath(p)}`);
  for (const p of removed) console.log(`${p}\t(removed)`);
}
