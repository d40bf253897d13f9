// Regenerates readings.json: Pandoc's reading of every generated paragraph. Run: npx tsx tests/pandoc/regenerate.ts
// Needs Debian's `pandoc` (apt-get install pandoc); the committed file records the version it was made with.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphs } from './paragraphs.ts';
import { pandocCitations } from './pandoc-json.ts';
import { SEED, COUNT, MODE_LETTER, type Readings } from './readings.ts';

function readWithPandoc(text: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'json']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`pandoc exited ${code} on: ${text}`))));
    child.stdin.end(text);
  });
}

const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
const list = paragraphs(SEED, COUNT);
const readings: Readings = { pandoc: version, seed: SEED, count: COUNT, paragraphs: [] };
const results: Readings['paragraphs'] = new Array(list.length);
let next = 0;
const worker = async () => {
  while (next < list.length) {
    const i = next++;
    const text = list[i].text;
    results[i] = { sha256: createHash('sha256').update(text).digest('hex').slice(0, 16), cites: pandocCitations(await readWithPandoc(text)).map(([id, mode]) => [id, MODE_LETTER[mode]]) };
  }
};
await Promise.all([worker(), worker(), worker()]);
readings.paragraphs = results;
writeFileSync(join(import.meta.dirname, 'readings.json'), JSON.stringify(readings, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${list.length} paragraphs read with ${version}`);
