// Shows how many sentences each reading age and agreement would flag, so the readability setting is chosen on real text.
// Usage: npm run calibrate-readability -- [file.txt ...] [--ours]
//   file.txt: one sentence or list item per line (for example an NHS patient page, which aims at the reading age we do)
//   --ours:   our clinician bottom lines and source quotes, text written for professionals, which the rule should flag
import { readFileSync } from 'node:fs';
import { loadContent } from '../src/lib/content/load-content.ts';
import { AGREEMENT, READING_AGE, hardSentences } from '../src/lib/check/readability.ts';

const AGES = [9, 10, 11, 12, 14];
const AGREEMENTS = [4, 5, 6, 7];

/** Our professional text: the clinician bottom lines split into sentences, and every quote of every claim. */
function ourProfessionalText(): string[] {
  const out: string[] = [];
  for (const e of loadContent(process.cwd()).entries) {
    const data = e.data as { bottom_line?: { clinician?: string }; sources?: { quote?: string }[] } | undefined;
    if (e.collection === 'articles' && data?.bottom_line?.clinician) out.push(...data.bottom_line.clinician.split(/(?<=[.;?])\s+(?=[A-Z])/));
    if (e.collection === 'claims') for (const s of data?.sources ?? []) if (s.quote) out.push(s.quote);
  }
  return out;
}

function flaggedCount(lines: string[], age: number, agreement: number): number {
  return lines.filter((line) => hardSentences(line, { age, agreement }).length > 0).length;
}

const args = process.argv.slice(2);
const corpora: [string, string[]][] = args.filter((a) => a !== '--ours').map((f) => [f, readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)]);
if (args.includes('--ours')) corpora.push(['our clinician text and quotes', ourProfessionalText()]);
if (corpora.length === 0) {
  console.error('usage: npm run calibrate-readability -- [file.txt ...] [--ours]   (one sentence per line in each file)');
  process.exit(2);
}
for (const [name, lines] of corpora) {
  console.log(`\n${name}: ${lines.length} sentences; flagged at each reading age (rows) and agreement of formulas (columns)`);
  console.log(`age  ${AGREEMENTS.map((a) => `${a} of 7`.padStart(8)).join('')}`);
  for (const age of AGES) {
    const cells = AGREEMENTS.map((a) => `${flaggedCount(lines, age, a)}${age === READING_AGE && a === AGREEMENT ? '*' : ' '}`.padStart(8));
    console.log(`${String(age).padEnd(5)}${cells.join('')}`);
  }
}
console.log(`\n* the setting the check uses (src/lib/check/readability.ts)`);
