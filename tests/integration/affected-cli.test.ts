// `npm run affected -- <base>` on a real git diff of a fixture tree: exactly the expected URLs, and a clear error.
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
const affected = (...args: string[]) => spawnSync(tsx, [join(repo, 'scripts', 'affected.ts'), `--root=${dir}`, ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'affected-'));
  cpSync(join(repo, 'tests', 'fixtures', 'valid', 'content'), join(dir, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'base');
});

describe('npm run affected', () => {
  it('lists the pages a changed claim alters, with their artifact paths', () => {
    const file = join(dir, 'content', 'claims', 'fixture-claim-one.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('statement: "', 'statement: "Reworded: '));
    const r = affected('main');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '/articles/fixture-article/\tarticles/fixture-article/index.html',
      '/claims/fixture-claim-one/\tclaims/fixture-claim-one/index.html',
      '/recommendations/fixture-recommendation/\trecommendations/fixture-recommendation/index.html',
      '/references/fixture-trial-2020/\treferences/fixture-trial-2020/index.html',
    ]);
    const md = affected('main', '--format=markdown');
    expect(md.stdout).toContain('| `/claims/fixture-claim-one/` | `claims/fixture-claim-one/index.html` |');
    git('checkout', '--', '.');
  });
  it('says nothing changed when nothing under content/ did, and names a bad base with a hint', () => {
    expect(affected('main', '--format=markdown').stdout).toContain('No page changes');
    const bad = affected('no-such-ref');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/affected: git cannot compare with "no-such-ref"[\s\S]*hint:/);
  });
});
