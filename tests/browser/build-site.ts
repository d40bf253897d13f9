// Builds the real site with `astro build` (content gate, search index and all) and opens it for the browser tests.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, afterAll } from 'vitest';
import { serve } from '../../tools/static-server.ts';
import { launch } from '../../tools/chromium.ts';
import { PROJECT_ROOT, astroBuild } from '../../tools/temp-project.ts';

export const repo = PROJECT_ROOT;
export const dist = join(repo, 'dist');

export function buildSite(): void {
  const r = astroBuild(repo);
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.output}`);
}

export interface BuiltSite {
  server: { url: string; close: () => Promise<void> };
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the site, serves dist/ on 127.0.0.1 and launches chromium. */
async function openBuiltSite(): Promise<BuiltSite> {
  buildSite();
  const server = await serve(dist);
  const browser = await launch();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The setup every browser test file shares: builds and serves the site before the file's tests, closes it after.
 * Read `site.server` and `site.browser` inside tests (they exist once the file's beforeAll has run).
 */
export function useBuiltSite(): Pick<BuiltSite, 'server' | 'browser'> {
  let opened: BuiltSite | undefined;
  beforeAll(async () => {
    opened = await openBuiltSite();
  });
  afterAll(() => opened?.close());
  return {
    get server() {
      return opened!.server;
    },
    get browser() {
      return opened!.browser;
    },
  };
}
