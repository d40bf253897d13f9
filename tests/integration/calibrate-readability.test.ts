// The calibration script counts, per reading age and agreement, the sentences of a file the readability rule would flag.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, [join(repo, 'scripts', 'calibrate-readability.ts'), ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run calibrate-readability', () => {
  it('counts the flagged lines of a file at each setting and marks the one the check uses', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'calibrate-')), 'sentences.txt');
    writeFileSync(file, ['Ask your doctor.', '', 'Degenerative cervical myelopathy necessitates comprehensive neurological evaluation.', 'You also have regular check-ups.'].join('\n'));
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${file}: 3 sentences`);
    // age 11: the jargon sentence and the short everyday one at 4 of 7 (the library default); only the jargon at 6 of 7.
    const row = r.stdout.split('\n').find((l) => l.startsWith('11 '))!.trim().split(/\s+/);
    expect(row).toEqual(['11', '2', '2', '1*', '0']);
  });
  it('refuses to run with nothing to measure', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run calibrate-readability');
  });
});
