// `npm run check` as editors run it: exit codes with and without --strict, and watch mode printing only what changed.
import { describe, it, expect, afterEach } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
const script = join(repo, 'scripts', 'check.ts');
const fixtures = join(repo, 'tests', 'fixtures');
const tsx = ['--import', 'tsx', script];

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [...tsx, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run check: exit codes', () => {
  const overdue = join(fixtures, 'warnings', 'review-overdue');

  it('exits 0 on a valid tree', () => {
    const r = check(join(fixtures, 'valid'), '--today=2025-11-25');
    expect(r.status).toBe(0);
    expect(r.out).toContain('✓ 8 entries checked, no problems.');
  });

  it('lists warnings under their own heading and exits 0 when there are only warnings', () => {
    const r = check(overdue, '--today=2025-11-25');
    expect(r.status).toBe(0);
    expect(r.out).toContain('Warnings (2):\ncontent/articles/fixture-article.mdx:11:18  warning: review overdue: next_review_due 2025-01-01 passed 328 days ago [review/overdue]\n');
    expect(r.out).not.toContain('Errors');
    expect(r.out).toContain('no errors, 2 warnings');
  });

  it('fails on warnings with --strict', () => {
    const r = check('--strict', overdue, '--today=2025-11-25');
    expect(r.status).toBe(1);
    expect(r.out).toContain('Warnings (2), failing because of --strict:');
    expect(r.out).toContain('✗ 0 errors, 2 warnings in 8 entries checked');
  });

  it('uses the real clock without --today (the fixture dates are in the past)', () => {
    expect(check(overdue).status).toBe(0);
    expect(check(overdue, '--strict').status).toBe(1);
  });

  it('exits 1 on errors, with or without --strict, errors listed apart', () => {
    const r = check(join(fixtures, 'broken', 'malformed-doi'));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^Errors \(1\):\ncontent\/references\/fixture-trial-2020.yaml:13:6  malformed DOI/);
    expect(check(join(fixtures, 'broken', 'malformed-doi'), '--strict').status).toBe(1);
  });

  it('refuses an unknown option with a suggestion', () => {
    const r = check('--stritc');
    expect(r.status).toBe(2);
    expect(r.err).toContain('unknown option "--stritc"; did you mean "--strict"?');
  });
});

describe('npm run check -- --watch', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('re-checks on save and prints only new and fixed problems', async () => {
    dir = mkdtempSync(join(tmpdir(), 'oe-watch-'));
    cpSync(join(fixtures, 'valid', 'content'), join(dir, 'content'), { recursive: true });
    const proc = spawn(process.execPath, [...tsx, dir, '--watch', '--today=2025-11-25'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    child = proc;
    let out = '';
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    const waitFor = async (pattern: RegExp, from = 0) => {
      const deadline = Date.now() + 30_000;
      while (!pattern.test(out.slice(from))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out.length;
    };

    let mark = await waitFor(/watching .* \(Ctrl-C to stop\)\n/);
    expect(out).toContain('✓ 8 entries checked, no problems.');

    const claim = join(dir, 'content', 'claims', 'fixture-claim-one.mdx');
    const original = readFileSync(claim, 'utf8');
    writeFileSync(claim, original.replace('ref: fixture-trial-2020', 'ref: fixture-trial-2002'));
    await waitFor(/1 new, 0 fixed: ✗ 1 error in 8 entries checked/, mark);
    const broke = out.slice(mark);
    expect(broke).toContain('content/claims/fixture-claim-one.mdx:5:10  unknown reference id "fixture-trial-2002" [entry/unknown-id]\n    hint: did you mean "fixture-trial-2020"?');
    mark = out.length;

    // An unrelated edit changes nothing: the old problem is not printed again.
    const article = join(dir, 'content', 'articles', 'fixture-article.mdx');
    writeFileSync(article, readFileSync(article, 'utf8') + '\n<Editorial>One more sentence.</Editorial>\n');
    await waitFor(/no change: ✗ 1 error/, mark);
    expect(out.slice(mark)).not.toContain('unknown reference id');
    mark = out.length;

    writeFileSync(claim, original);
    await waitFor(/0 new, 1 fixed: ✓ 8 entries checked, no problems/, mark);
    expect(out.slice(mark)).toContain('fixed: content/claims/fixture-claim-one.mdx:5:10  unknown reference id "fixture-trial-2002" [entry/unknown-id]');

    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped watching.');
  }, 90_000);
});
