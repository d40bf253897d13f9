// Throwaway copies of this site for tests and the benchmark: a temporary folder with the site code, its own
// node_modules/ of links to ours, and `astro build` run in it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What a copy of the site holds besides its content/. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A real node_modules/ folder whose entries link to ours. Linking the folder itself would make Astro and Vite write
 * their caches (node_modules/.astro/data-store.json, node_modules/.vite) into the shared install, where concurrent
 * builds of other projects would read and overwrite them.
 */
export function linkNodeModules(dir: string): void {
  const shared = join(PROJECT_ROOT, 'node_modules');
  const own = join(dir, 'node_modules');
  mkdirSync(own);
  for (const name of readdirSync(shared)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(shared, name), join(own, name));
  }
}

/**
 * A new temporary folder holding this site's code (src/, public/, config) and linked node_modules/, with `content` (a
 * content/ folder to copy) as its content if given. Copied, not linked: Astro resolves real paths, so a linked src/
 * would be compiled as if it lived in this repository.
 */
export function copySiteProject(prefix: string, content?: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  linkNodeModules(dir);
  for (const name of SITE_FILES) cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  if (content !== undefined) cpSync(content, join(dir, 'content'), { recursive: true });
  return dir;
}

/** Runs `astro build` in a project; returns status, output and timings. */
export function astroBuild(dir: string, extraEnv: Record<string, string> = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extraEnv },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, ms: performance.now() - started };
}
