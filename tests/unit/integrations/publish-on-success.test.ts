// Publishing waits for work still writing into the private output (the search index), and publishes nothing if it failed.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishOnSuccess } from '../../../src/integrations/publish-on-success.ts';
import { finishBeforePublishing } from '../../../src/integrations/pending-work.ts';

type Hooks = Record<string, (arg: unknown) => unknown>;
const logger = { info: () => {}, warn: () => {}, error: () => {} };

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'oe-publish-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'previous');
  const hooks = publishOnSuccess().hooks as unknown as Hooks;
  let outDir = '';
  hooks['astro:config:setup']({
    config: { root: pathToFileURL(root + '/'), outDir: pathToFileURL(join(root, 'dist') + '/') },
    command: 'build',
    updateConfig: (c: { outDir: URL }) => (outDir = c.outDir.pathname),
  });
  writeFileSync(join(outDir, 'index.html'), 'new');
  return { root, hooks, outDir };
}

describe('publishOnSuccess', () => {
  it('waits for pending work, then publishes', async () => {
    const { root, hooks, outDir } = setUp();
    try {
      let done = false;
      finishBeforePublishing(new Promise((r) => setTimeout(() => r((done = true)), 50)));
      await hooks['astro:build:done']({ dir: pathToFileURL(outDir), logger });
      expect(done).toBe(true);
      expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
      expect(existsSync(join(root, '.build-tmp'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails with the pending work and leaves dist/ as it was', async () => {
    const { root, hooks, outDir } = setUp();
    try {
      finishBeforePublishing(Promise.reject(new Error('Search indexing failed; nothing was published.')));
      await expect(hooks['astro:build:done']({ dir: pathToFileURL(outDir), logger })).rejects.toThrow(/Search indexing failed/);
      expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
