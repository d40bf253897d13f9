// `astro dev` shows what the gate would refuse: each problem in the terminal within 2 s of the save (as `npm run check
// -- --watch` prints it), on the page at the next load (banner and in-place marker), and both cleared by the fix.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { copySiteProject, ASTRO_BIN } from '../../tools/temp-project.ts';
import { launch } from '../../tools/chromium.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const ARTICLE = 'content/articles/fixture-article.mdx';
/** The line a paragraph appended to the valid fixture article lands on (`${source}\n<paragraph>`). */
const APPENDED = `${readFileSync(join(import.meta.dirname, '..', 'fixtures', 'valid', ARTICLE), 'utf8')}\nx`.split('\n').length;
/** Entries in the valid fixture tree. */
const ENTRIES = 10;
const CLAIM = 'content/claims/fixture-claim-one.mdx';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let project: string;
let server: ChildProcess;
let output = '';
let base: string;
let browser: Browser;
let page: Page;

/** Waits until `pattern` shows in the server's output after character `from`; returns when it did (ms since epoch). */
async function waitForOutput(pattern: string | RegExp, from: number, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const seen = output.slice(from);
    if (typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen)) return Date.now();
    if (Date.now() - started > timeoutMs) throw new Error(`not seen in ${timeoutMs} ms: ${pattern}\n--- output since:\n${seen}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const file = (rel: string) => join(project, rel);

/** Saves `text` to `rel` and returns the time of the save and where the output stood. */
async function save(rel: string, text: string) {
  const mark = output.length;
  writeFileSync(file(rel), text);
  return { at: Date.now(), mark };
}

/**
 * Loads `path`. The open page also reloads itself after a save (Vite's client), which may land after this load:
 * assertions on the page therefore wait for what they look for (every load after the save shows the same).
 */
async function load(path: string) {
  // (the HTML is enough: the page's own reload may abort a wait for every subresource, so only the document is awaited)
  const go = () => page.goto(`${base}${path}`, { timeout: 60_000, waitUntil: 'domcontentloaded' });
  // That reload can also start while this load is under way: it cancels the load ("interrupted by another navigation")
  // or takes it over, and then goto resolves with no response of its own. Either way, load again once it has settled.
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await go();
      if (response || attempt === 3) return response;
    } catch (e) {
      if (!String(e).includes('interrupted by another navigation') || attempt === 3) throw e;
    }
    await page.waitForLoadState('domcontentloaded');
  }
}

const banner = () => page.locator('[data-oe-dev-problems]');

beforeAll(async () => {
  project = copySiteProject('oe-dev-', join(fixtures, 'valid', 'content'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    // (without vitest's NODE_ENV=test and VITEST* variables, which change how Astro and Vite run)
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await waitForOutput('watching for file changes', 0, 120_000);
  browser = await launch();
  page = await browser.newPage();
  // The first load compiles everything.
  const first = await load('/articles/fixture-article/');
  expect(first?.status(), output).toBe(200);
  expect(await banner().count()).toBe(0);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  if (project) rmSync(project, { recursive: true, force: true });
});

interface Case {
  name: string;
  file: string;
  edit: (original: string) => string;
  /** The problem's first line, as `npm run check` prints it. */
  line: string;
  hint: string;
  /** What the page shows in place of the broken part. */
  inPlace: (page: Page) => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'an unknown citation',
    file: ARTICLE,
    edit: (s) => `${s}\nAnother [@nope-dev-123].\n`,
    line: `${ARTICLE}:${APPENDED}:10  unknown reference id "@nope-dev-123" [citation/unknown-reference]`,
    hint: 'hint: no entry is close; create content/references/nope-dev-123.yaml or fix the id',
    inPlace: async (p) => {
      const marker = p.locator('.oe-dev-unknown-cite');
      await marker.waitFor({ timeout: 15_000 });
      expect(await marker.innerText()).toBe('unknown source @nope-dev-123');
      expect(await marker.isVisible()).toBe(true);
      // never a bare number linking to a reference the list does not have
      expect(await p.locator('a[href="#ref-nope-dev-123"]').count()).toBe(0);
      expect(await p.locator('#ref-nope-dev-123').count()).toBe(0);
    },
  },
  {
    name: 'an unknown claim id',
    file: ARTICLE,
    edit: (s) => `${s}\n<Claim id="no-such-claim-dev" />\n`,
    line: `${ARTICLE}:${APPENDED}:8  unknown claim id "no-such-claim-dev" [element/unknown-id]`,
    hint: 'hint: no entry is close; create content/claims/no-such-claim-dev.mdx or fix the id',
    inPlace: async (p) => {
      const box = p.locator('[data-oe-dev-missing="claim"]');
      await box.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await box.innerText();
      expect(text).toContain('no-such-claim-dev');
      expect(text).toContain(`${ARTICLE}:${APPENDED}:1`);
    },
  },
  {
    name: 'a claim whose sources are emptied',
    file: CLAIM,
    edit: (s) => s.replace(/sources:\n(?: {2}.*\n)+/, 'sources: []\n'),
    line: `${CLAIM}:4:10  a claim must cite at least one source [claim/no-source]`,
    hint: 'hint: add a source: - { ref: <reference id>, locator: <where>, quote: "<exact words>" }',
    inPlace: async (p) => {
      // The article places the claim: its problem is listed among the page's own.
      const own = await p.locator('[data-oe-dev-problems] h2').first().innerText();
      expect(own).toMatch(/^In this page’s files/);
      expect(await p.locator('[data-oe-dev-problems] ul').first().innerText()).toContain('[claim/no-source]');
    },
  },
  {
    name: 'a forbidden MDX element',
    file: ARTICLE,
    edit: (s) => `${s}\n<script>window.__ran = true</script>\n`,
    line: `${ARTICLE}:${APPENDED}:1  element <script> is not allowed in content [mdx/forbidden-element]`,
    hint: 'hint: allowed elements: <Claim>, <Recommendation>, <Editorial>, <abbr>, <sub>, <sup>, <br>, <kbd>',
    inPlace: async (p) => {
      // Refused before compiling: the body is replaced by a notice, the script is nowhere.
      await p.getByText('Refused before compiling').waitFor({ timeout: 15_000 });
      expect(await p.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(await p.content()).not.toContain('window.__ran = true</script>');
    },
  },
];

describe('astro dev shows the problems the build would refuse', () => {
  it.each(cases)('$name: in the terminal within 2 s, on the page at the next load, and cleared by the fix', async (c) => {
    const original = readFileSync(file(c.file), 'utf8');
    const broken = c.edit(original);
    expect(broken).not.toBe(original);
    try {
      const { at, mark } = await save(c.file, broken);
      const seen = await waitForOutput(c.line, mark);
      expect(seen - at, output.slice(mark)).toBeLessThan(2000);
      await waitForOutput(c.hint, mark);
      await waitForOutput(new RegExp(`\\[\\d\\d:\\d\\d:\\d\\d\\] \\d+ new, \\d+ fixed: ✗ \\d+ errors?.* in ${ENTRIES} entries checked\\. \\(\\d+ ms\\)`), mark);

      const response = await load('/articles/fixture-article/');
      expect(response?.status()).toBe(200);
      await banner().waitFor({ state: 'visible', timeout: 15_000 });
      const text = await banner().innerText();
      expect(text).toContain(c.line);
      expect(text).toContain(c.hint);
      await c.inPlace(page);
    } finally {
      const { mark } = await save(c.file, original);
      await waitForOutput(`fixed: ${c.line}`, mark);
      await waitForOutput(new RegExp(`\\d+ new, \\d+ fixed: ✓ ${ENTRIES} entries checked, no problems\\.`), mark);
    }
    await load('/articles/fixture-article/');
    await page.locator('[data-claim="fixture-claim-one"]').waitFor({ timeout: 15_000 });
    expect(await banner().count()).toBe(0);
    expect(await page.locator('.oe-dev-unknown-cite, [data-oe-dev-missing]').count()).toBe(0);
    expect(await page.locator('[data-claim="fixture-claim-one"]').count()).toBe(1);
  });

  it('lists the problems on every page, those of other files after the page’s own, styled by the dev stylesheet', async () => {
    const original = readFileSync(file(ARTICLE), 'utf8');
    try {
      const { mark } = await save(ARTICLE, `${original}\nAnother [@nope-dev-123].\n`);
      await waitForOutput('[citation/unknown-reference]', mark);
      await load('/claims/fixture-claim-two/');
      await banner().waitFor({ state: 'visible', timeout: 15_000 });
      const text = await banner().innerText();
      expect(text).toMatch(new RegExp(`^✗ 1 error in ${ENTRIES} entries checked\\.`));
      expect(text).toContain('In the content (1)');
      expect(text).toContain(`${ARTICLE}:${APPENDED}:10  unknown reference id "@nope-dev-123" [citation/unknown-reference]`);
      // The banner's stylesheet loads (the CSP allows it): the banner is styled, not bare text.
      expect(await banner().evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
    } finally {
      const { mark } = await save(ARTICLE, original);
      await waitForOutput(`✓ ${ENTRIES} entries checked, no problems.`, mark);
    }
  });

  it('writing the missing reference turns the marker into its number, though the article was not saved again', async () => {
    const original = readFileSync(file(ARTICLE), 'utf8');
    const reference = 'content/references/nope-dev-123.yaml';
    try {
      let { mark } = await save(ARTICLE, `${original}\nAnother [@nope-dev-123].\n`);
      await waitForOutput('[citation/unknown-reference]', mark);
      await load('/articles/fixture-article/');
      await page.locator('.oe-dev-unknown-cite').waitFor({ timeout: 15_000 });
      const trial = readFileSync(file('content/references/fixture-trial-2020.yaml'), 'utf8');
      ({ mark } = await save(reference, trial.replace('10.5555/fixture.2020.1', '10.5555/fixture.2020.9').replace('1000001', '1000009')));
      await waitForOutput(`✓ ${ENTRIES + 1} entries checked, no problems.`, mark);
      await load('/articles/fixture-article/');
      await page.locator('a.cite-link[data-ref="nope-dev-123"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('.oe-dev-unknown-cite').count()).toBe(0);
      expect(await page.locator('#ref-nope-dev-123').count()).toBe(1);
    } finally {
      rmSync(file(reference), { force: true });
      const { mark } = await save(ARTICLE, original);
      await waitForOutput(`✓ ${ENTRIES} entries checked, no problems.`, mark);
    }
  });
});
