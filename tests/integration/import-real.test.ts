// npm run import on real exports (the script): a file with malformed records names every one and writes nothing;
// --skip-invalid writes the good records and lists the rest; notes on short DOIs reach the editor; nothing is overwritten.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
const real = join(repo, 'tests', 'fixtures', 'import', 'real');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'import.ts'), ...args], { cwd: repo, encoding: 'utf8' });
const refs = (root: string) => join(root, 'content', 'references');
const list = (root: string) => {
  try {
    return readdirSync(refs(root)).sort();
  } catch {
    return [];
  }
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oe-import-real-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import on real exports', () => {
  it('a file with a malformed record: names it by file, record and line, writes nothing, and offers --skip-invalid', () => {
    const file = join(real, 'bbt-uppercase-doi.json');
    const r = run(file, `--root=${root}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:5:`);
    expect(r.stderr).toContain('record 4 (emptybook) has no title');
    expect(r.stderr).toContain('--skip-invalid to import the 6 well-formed records');
    expect(list(root)).toEqual([]);
  });

  it('--skip-invalid writes the good records and lists the malformed ones', () => {
    const file = join(real, 'bbt-uppercase-doi.json');
    const r = run(file, '--skip-invalid', `--root=${root}`);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^wrote /gm)).toHaveLength(6);
    expect(r.stderr).toContain('1 malformed record not imported (--skip-invalid)');
    expect(r.stderr).toContain(`${file}:5:1  record 4 (emptybook) has no title`);
    expect(list(root)).toHaveLength(6);
  });

  it('Web of Science RIS: every file named by author and year, never "-nd"', () => {
    const r = run(join(real, 'citesource-wos-crlf.ris'), `--root=${root}`);
    expect(r.status).toBe(0);
    const names = list(root);
    expect(names).toHaveLength(79);
    expect(names.filter((n) => /-nd(-[a-z0-9]+)?\.yaml$/.test(n))).toEqual([]);
  });

  it('reports a short DOI it cannot expand, and writes the ones it can in full', () => {
    const r = run(join(real, 'bbt-short-doi.json'), `--root=${root}`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('note: short DOI 10/gfzrww left out');
    expect(readFileSync(join(refs(root), 'brittain-2004.yaml'), 'utf8')).toContain('DOI: "10.1177/0193723504268729"');
  });

  it('never overwrites a file already in content/references/', () => {
    mkdirSync(refs(root), { recursive: true });
    writeFileSync(join(refs(root), 'huang-2012.yaml'), 'keep: me\n');
    const r = run(join(real, 'bbt-endnote-keyless.bib'), `--root=${root}`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('wrote content/references/huang-2012-b.yaml');
    expect(readFileSync(join(refs(root), 'huang-2012.yaml'), 'utf8')).toBe('keep: me\n');
  });
});
