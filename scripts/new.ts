// `npm run new -- <kind> <id>`: creates the file of a new entry for an editor to fill in. --root=<folder> works elsewhere than here.
import { resolve } from 'node:path';
import { createEntry, ScaffoldError } from '../src/lib/authoring/scaffold.ts';
import { exit } from './cli-exit.ts';

const args = process.argv.slice(2);
const rootOption = args.find((a) => a.startsWith('--root='));
const [kind, ...idWords] = args.filter((a) => !a.startsWith('--root='));
// `npm run new -- claim Neck Pain` reaches us as two words: keep them together so the hint can suggest "neck-pain".
const id = idWords.length ? idWords.join(' ') : undefined;
try {
  const created = createEntry(resolve(rootOption?.slice('--root='.length) ?? process.cwd()), kind, id);
  console.log(`wrote ${created.path}\nnext: ${created.next}`);
} catch (err) {
  if (!(err instanceof ScaffoldError)) throw err;
  console.error(`new: ${err.message}\n    hint: ${err.hint}`);
  exit(1);
}
