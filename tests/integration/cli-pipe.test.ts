// A piped report is never cut: 1 MB of problems through a pipe arrives whole, and the exit code still says it failed.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
const N = 9000;

/** Runs a script with stdout as a pipe read slowly, as a CI log collector may. */
function runPiped(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repo, 'scripts', script), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_BASE_REF: '' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('command-line output through a pipe', () => {
  it('npm run check writes over 1 MB of problems whole before it exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oe-pipe-'));
    try {
      cpSync(join(repo, 'tests', 'fixtures', 'valid', 'content'), join(dir, 'content'), { recursive: true });
      const article = join(dir, 'content', 'articles', 'fixture-article.mdx');
      const lines = Array.from({ length: N }, (_, i) => `A missing source [@no-such-source-${i}].`);
      writeFileSync(article, `${readFileSync(article, 'utf8')}\n${lines.join('\n\n')}\n`);
      const { code, out } = await runPiped('check.ts', [dir, '--today=2025-11-25']);
      expect(code).toBe(1);
      expect(Buffer.byteLength(out)).toBeGreaterThan(1024 * 1024);
      expect(out.match(/unknown reference id "@no-such-source-\d+"/g)).toHaveLength(N);
      expect(out.trimEnd().split('\n').at(-1)).toMatch(/^✗ \d+ errors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
