// `npm run check` as editors run it: exit codes with and without --strict, and watch mode printing only what changed.
import { describe, it, expect, afterEach } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materialize, tree } from '../fixtures/trees.ts';

const repo = join(import.meta.dirname, '..', '..');
const script = join(repo, 'scripts', 'check.ts');
const fixtures = join(repo, 'tests', 'fixtures');
const tsx = ['--import', 'tsx', script];

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [...tsx, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run check: exit codes', () => {
  const overdue = materialize(tree('warnings', 'review/overdue'));

  it('exits 0 on a valid tree', () => {
    const r = check(join(fixtures, 'valid'), '--today=2025-11-25');
    expect(r.status).toBe(0);
    expect(r.out).toContain('✓ 10 entries checked, no problems.');
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
    expect(r.out).toContain('✗ 0 errors, 2 warnings in 10 entries checked');
  });

  it('uses the real clock without --today (the fixture dates are in the past)', () => {
    expect(check(overdue).status).toBe(0);
    expect(check(overdue, '--strict').status).toBe(1);
  });

  it('exits 1 on errors, with or without --strict, errors listed apart', () => {
    const r = check(materialize(tree('broken', 'reference/malformed-doi')));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^Errors \(1\):\ncontent\/references\/fixture-trial-2020.yaml:13:6  malformed DOI/);
    expect(check(materialize(tree('broken', 'reference/malformed-doi')), '--strict').status).toBe(1);
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
    const proc = spawn(process.execPath, [...tsx, dir, '--watch', '--today=2025-11-25'], { cwd: repo, env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
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
    expect(out).toContain('✓ 10 entries checked, no problems.');

    const claim = join(dir, 'content', 'claims', 'fixture-claim-one.mdx');
    const original = readFileSync(claim, 'utf8');
    writeFileSync(claim, original.replace('ref: fixture-trial-2020', 'ref: fixture-trial-2002'));
    await waitFor(/1 new, 0 fixed: ✗ 1 error in 10 entries checked/, mark);
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
    await waitFor(/0 new, 1 fixed: ✓ 10 entries checked, no problems/, mark);
    expect(out.slice(mark)).toContain('fixed: content/claims/fixture-claim-one.mdx:5:10  unknown reference id "fixture-trial-2002" [entry/unknown-id]');

    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped watching.');
  }, 90_000);
});

describe('npm run check on GitHub Actions, and as JSON', () => {
  const run = (dir: string, env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [...tsx, dir, '--today=2025-11-25', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_BASE_REF: '', ...env } });

  it('prints annotations, problems in the changed files first, and appends the table to the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oe-gh-'));
    try {
      cpSync(join(materialize(tree('broken', 'schema/placeholder')), 'content'), join(dir, 'content'), { recursive: true });
      const git = (...a: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...a], { cwd: dir, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-qm', 'base');
      const symptom = join(dir, 'content', 'symptoms', 'fixture-symptom.yaml');
      writeFileSync(symptom, readFileSync(symptom, 'utf8') + '\n');
      const summary = join(dir, 'summary.md');
      const r = run(dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }, '--changed-from=HEAD');
      expect(r.status).toBe(1);
      const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(annotations).toHaveLength(4);
      for (const a of annotations) expect(a).toMatch(/^::(error|warning) file=content\/[a-z/.-]+,line=\d+,col=\d+,title=[a-z-]+\/[a-z-]+::\S/);
      expect(annotations.slice(0, 3).every((a) => a.includes('file=content/symptoms/fixture-symptom.yaml'))).toBe(true);
      expect(annotations[3]).toContain('file=content/articles/fixture-article.mdx,line=25,col=1,title=mdx/placeholder::placeholder text left in the body%0Ahint:');
      expect(r.stdout).toContain('Errors (4):');
      const table = readFileSync(summary, 'utf8');
      expect(table).toContain('| error | content/symptoms/fixture-symptom.yaml:2:7 | schema/placeholder | name: not filled in yet |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints one JSON report with --format=json, and refuses an unknown format with a suggestion', () => {
    const r = run(materialize(tree('broken', 'reference/malformed-doi')), {}, '--format=json');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({ rule: 'reference/malformed-doi', file: 'content/references/fixture-trial-2020.yaml', line: 13, column: 6 });
    const bad = run(join(fixtures, 'valid'), {}, '--format=jsn');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('did you mean "json"?');
  });
});
