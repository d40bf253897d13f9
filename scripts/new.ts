// `npm run new -- <kind> <id>` (or `question <slug>` for an article with its claim and recommendation): starts new entries for an editor to fill in. --root=<folder> works elsewhere than here.
import { resolve } from 'node:path';
import { createEntry, createQuestion, ScaffoldError } from '../src/lib/authoring/scaffold.ts';
import { exit } from './cli-exit.ts';

const args = process.argv.slice(2);
const rootOption = args.find((a) => a.startsWith('--root='));
const [kind, ...idWords] = args.filter((a) => !a.startsWith('--root='));
// `npm run new -- claim Neck Pain` reaches us as two words: keep them together so the hint can suggest "neck-pain".
const id = idWords.length ? idWords.join(' ') : undefined;
try {
  const root = resolve(rootOption?.slice('--root='.length) ?? process.cwd());
  if (kind === 'question') {
    // A whole answer at once: the article, its first claim and its recommendation, linked.
    const created = createQuestion(root, id);
    console.log(`${created.map((c) => `wrote ${c.path}`).join('\n')}\nnext: fill in every line marked FILL in these files (the article already places the claim and the recommendation), then run npm run check`);
  } else {
    const created = createEntry(root, kind, id);
    console.log(`wrote ${created.path}\nnext: ${created.next}`);
  }
} catch (err) {
  if (!(err instanceof ScaffoldError)) throw err;
  console.error(`new: ${err.message}\n    hint: ${err.hint}`);
  exit(1);
}
