// `npm run import -- <file>… | doi:<doi> | pmid:<pmid>`: turns reference exports into content/references/<id>.yaml files.
// --root=<folder> imports into another project folder (tests use it). A file with malformed records imports nothing and
// names every one; --skip-invalid imports its well-formed records and lists the malformed ones.
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { importReferences } from '../src/lib/authoring/import-references.ts';
import { ImportError, ImportErrors, SUPPORTED, formatOf } from '../src/lib/references/read-exports.ts';
import { fetchRecord, isLookup, FetchError } from '../src/lib/references/fetch.ts';
import { exit } from './cli-exit.ts';

const args = process.argv.slice(2);
const rootOption = args.find((a) => a.startsWith('--root='));
const root = resolve(rootOption?.slice('--root='.length) ?? process.cwd());
const skipInvalid = args.includes('--skip-invalid');
const inputs = args.filter((a) => a !== rootOption && a !== '--skip-invalid');
const fail = (message: string, hint: string, code = 1): never => {
  console.error(`import: ${message}\n    hint: ${hint}`);
  return exit(code);
};
if (inputs.length === 0) fail('name a file to import', `npm run import -- <file>; supported formats: ${SUPPORTED}; or doi:<doi> / pmid:<pmid> to fetch one record`, 2);
const unknown = inputs.find((a) => a.startsWith('--'));
if (unknown) fail(`unknown option "${unknown}"`, 'npm run import -- <file>… [--skip-invalid] [--root=<folder>]', 2);

let written = 0;
let failed = false;
for (const input of inputs) {
  try {
    let plan;
    if (isLookup(input)) {
      const fetched = await fetchRecord(input);
      plan = importReferences(root, fetched.name, fetched.text, input, { skipInvalid });
    } else {
      formatOf(input);
      if (!existsSync(input)) {
        failed = true;
        console.error(`import: ${input}: no such file\n    hint: give the path of the exported file, relative to this folder`);
        continue;
      }
      plan = importReferences(root, input, undefined, undefined, { skipInvalid });
    }
    for (const f of plan.files) {
      console.log(`wrote ${f.path}  (record ${f.record.index}: ${f.record.label})`);
      for (const note of f.notes) console.log(`    note: ${note}`);
    }
    for (const s of plan.skipped) console.log(`skipped record ${s.record.index} (${s.record.label}): ${s.reason}`);
    if (plan.invalid.length) {
      failed = true;
      console.error(`import: ${input}: ${plan.invalid.length} malformed record${plan.invalid.length === 1 ? '' : 's'} not imported (--skip-invalid):`);
      for (const p of plan.invalid) console.error(`${p.file}:${p.line}:${p.column}  ${p.message}`);
    }
    written += plan.files.length;
  } catch (err) {
    failed = true;
    if (err instanceof ImportErrors) {
      console.error(err.format());
      if (err.valid) console.error(`    hint: or run again with --skip-invalid to import the ${err.valid} well-formed record${err.valid === 1 ? '' : 's'} and list the malformed ones`);
    } else if (err instanceof ImportError) console.error(err.format());
    else if (err instanceof FetchError) console.error(`import: ${err.message}\n    hint: ${err.hint}`);
    else throw err;
  }
}
if (written) console.log(`next: in each file written, check every field against the source, fill in evidence and verified (the lines marked FILL), then run npm run check`);
process.exitCode = failed ? 1 : 0;
