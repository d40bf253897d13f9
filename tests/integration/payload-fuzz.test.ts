// Payload fuzzing: every free-text field and article body carries a public XSS payload; the site is built, every output
// file is compared with a clean twin's, and the pages are opened in chromium. No payload may become markup or run.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { listFiles } from '../../src/lib/list-files.ts';
import { copySiteProject, astroBuild } from '../../tools/temp-project.ts';
import { serve } from '../../tools/static-server.ts';
import { launch } from '../../tools/chromium.ts';
import { writePayloadTrees, publicPayloads, OWN_PAYLOADS, type PayloadTrees } from './payload-tree.ts';
import { outputShape, linkTargets } from './output-shape.ts';
import { isSafeUrl } from '../../src/lib/mdx/policy.ts';

const project = () => copySiteProject('oe-fuzz-');

function build(dir: string): void {
  const r = astroBuild(dir);
  if (r.status !== 0) throw new Error(`build failed in ${dir}:\n${r.output}`);
}

describe('public XSS payloads in every content field', () => {
  const payloads = [...OWN_PAYLOADS, ...publicPayloads()];
  let dirty: string;
  let clean: string;
  let counts: PayloadTrees;
  beforeAll(() => {
    dirty = project();
    clean = project();
    // Each payload reaches two kinds of entry (every file of a copy of the valid tree holds one payload).
    counts = writePayloadTrees(dirty, clean, payloads, Math.ceil((payloads.length * 2) / 8));
    build(dirty);
    build(clean);
  }, 600_000);
  afterAll(() => {
    if (!process.env.KEEP_FUZZ) for (const d of [dirty, clean]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('tries every payload, and says how many the check refused and how many it took as plain text', () => {
    console.log(`payload fuzzing: ${payloads.length} payloads in ${counts.tried} entries; refused by the check: ${counts.refused}; accepted as plain text: ${counts.accepted}`);
    expect(counts.tried).toBeGreaterThanOrEqual(payloads.length * 2 - 8);
    expect(counts.accepted).toBeGreaterThan(counts.tried / 2);
  });

  it('writes no markup a clean build lacks, in any output file (HTML, XML, JSON, RIS)', () => {
    const files = listFiles(join(clean, 'dist')).map((f) => f.slice(join(clean, 'dist').length)).filter((f) => /\.(html|xml|json|ris)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const f of files) {
      const d = join(dirty, 'dist', f);
      expect(existsSync(d), f).toBe(true);
      const a = outputShape(f, readFileSync(d, 'utf8'));
      const b = outputShape(f, readFileSync(join(clean, 'dist', f), 'utf8'));
      if (a !== b) {
        // Show where the shapes part, not their common start.
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        differing.push(`${f}\n  payload: …${a.slice(Math.max(0, i - 80), i + 220)}\n  clean:   …${b.slice(Math.max(0, i - 80), i + 220)}`);
      }
    }
    expect(differing.slice(0, 3).join('\n')).toBe('');
  });

  it('links only to http, https, mailto or this site, on every page', () => {
    const unsafe = listFiles(join(dirty, 'dist'))
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => linkTargets(readFileSync(f, 'utf8')).filter((u) => !isSafeUrl(u)).map((u) => `${f}: ${u}`));
    expect(unsafe).toEqual([]);
  });

  describe('in chromium', () => {
    let browser: Browser;
    let server: { url: string; close: () => Promise<void> };
    beforeAll(async () => {
      server = await serve(join(dirty, 'dist'));
      browser = await launch();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('runs no payload on any page of the first copies, nor on the search page searching for them', async () => {
      const pages = listFiles(join(dirty, 'dist'))
        .map((f) => f.slice(join(dirty, 'dist').length))
        .filter((f) => f.endsWith('index.html') && (/-c[0-9]\//.test(f) || !/-c\d+\//.test(f)))
        .map((f) => f.replace(/index\.html$/, ''));
      pages.push('/search/?q=alert', '/search/?q=script', '/search/?q=prompt+onerror');
      const page = await browser.newPage();
      const events: string[] = [];
      page.on('dialog', (d) => {
        events.push(`dialog ${d.message()} on ${page.url()}`);
        void d.dismiss();
      });
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) events.push(`csp ${m.text()} on ${page.url()}`);
      });
      for (const path of pages) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        if (path.startsWith('/search/')) await page.waitForSelector('.search-result', { timeout: 5000 }).catch(() => {});
        const state = await page.evaluate(() => ({ x: (window as unknown as { __x?: unknown }).__x, url: location.href }));
        if (state.x !== undefined) events.push(`window.__x set on ${path}`);
        if (!state.url.startsWith(server.url)) events.push(`navigated to ${state.url} from ${path}`);
      }
      await page.close();
      expect(pages.length).toBeGreaterThan(50);
      expect(events).toEqual([]);
    }, 300_000);
  });
});
