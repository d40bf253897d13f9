// The built site in a real browser: accessibility on every template, reading without JavaScript,
// citations that lead to their source and back, previews, and a crawl in which every link resolves.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { createHash } from 'node:crypto';
import { listFiles } from '../../src/lib/list-files.ts';
import AxeBuilder from '@axe-core/playwright';
import { useBuiltSite, dist } from './build-site.ts';

const SEED = '/articles/massage-cervical-stenosis-muscle-spasm/';

const site = useBuiltSite();

function firstFile(dir: string): string {
  return readdirSync(join(dist, dir)).filter((n) => statSync(join(dist, dir, n)).isDirectory()).sort()[0];
}

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  const templates = () => [
    '/',
    SEED,
    `/claims/${firstFile('claims')}/`,
    `/recommendations/${firstFile('recommendations')}/`,
    `/references/${firstFile('references')}/`,
    '/symptoms/',
    `/symptoms/${firstFile('symptoms')}/`,
    '/conditions/',
    `/conditions/${firstFile('conditions')}/`,
    '/search/',
    '/editorial-policy/',
    '/no-such-page/',
  ];
  it('has zero violations on a page of every template, at desktop and phone widths, in the light and the dark scheme', async () => {
    const failures: string[] = [];
    for (const path of templates()) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 320]) {
          const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          const page = await context.newPage();
          await page.goto(site.server.url + path);
          // (experimental rules included: label-content-name-mismatch is WCAG 2.5.3, Label in Name)
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental']).analyze();
          for (const v of result.violations) failures.push(`${path} ${colorScheme} @${width}px: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
          await context.close();
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('summary-of-findings pictures', () => {
  it('have zero axe violations and no CSP violation, light and dark, at 1280 and 320 px', async () => {
    const failures: string[] = [];
    for (const path of ['/recommendations/massage-neck-pain-optional-short-term/', '/articles/mild-myelopathy-surgery-or-rehabilitation/']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 320]) {
          const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          const page = await context.newPage();
          await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(e.violatedDirective)));
          await page.goto(site.server.url + path);
          expect(await page.locator('section.sof svg').count()).toBeGreaterThanOrEqual(2);
          const result = await new AxeBuilder({ page }).include('section.sof').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental']).analyze();
          for (const v of result.violations) failures.push(`${path} ${colorScheme} @${width}px: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
          const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
          for (const d of csp) failures.push(`${path} ${colorScheme} @${width}px: CSP ${d}`);
          await context.close();
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
  it('are inline SVG of at most 16 KB, each with a title and description, no style attribute and no script', () => {
    const pages = ['recommendations/massage-neck-pain-optional-short-term', 'articles/mild-myelopathy-surgery-or-rehabilitation'];
    let seen = 0;
    for (const p of pages) {
      const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
      for (const svg of html.match(/<svg[^>]*class="sof-[^"]*"[\s\S]*?<\/svg>/g) ?? []) {
        seen++;
        expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(16 * 1024);
        expect(svg).toMatch(/role="img" aria-labelledby="[^"]+-t [^"]+-d"/);
        expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
        expect(svg).not.toMatch(/style=|<script|\son\w+=/i);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});

describe('an article without JavaScript', () => {
  it('shows both bottom lines, the recommendations, the claims and the reference list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + SEED);
    await expect(page.locator('[data-audience-text="clinician"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-audience-text="patient"]').isVisible()).resolves.toBe(true);
    expect(await page.locator('.recommendation').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.claim').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.references li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.audience-switch').isVisible()).toBe(false);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('switches the bottom line and remembers the choice', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url + SEED);
    await page.getByRole('button', { name: 'Patients' }).click();
    expect(await page.locator('[data-audience-text="clinician"]').isVisible()).toBe(false);
    expect(await page.locator('[data-audience-text="patient"]').isVisible()).toBe(true);
    await page.reload();
    expect(await page.locator('[data-audience-text="patient"]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Patients' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('leads from a citation to its reference and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + SEED);
    const cite = page.locator('a.cite-link').first();
    const refId = await cite.getAttribute('data-ref');
    const anchor = await cite.getAttribute('id');
    await cite.click();
    expect(new URL(page.url()).hash).toBe(`#ref-${refId}`);
    const entry = page.locator(`#ref-${refId}`);
    await expect(entry.isVisible()).resolves.toBe(true);
    await entry.locator(`.backlinks a[href="#${anchor}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await page.close();
  });

  it('previews the source and the quote when a citation is focused or hovered', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + SEED);
    const cite = page.locator('.claim a.cite-link').first();
    await cite.focus();
    const box = page.locator('#citation-preview');
    await expect(box.isVisible()).resolves.toBe(true);
    const quote = await cite.getAttribute('data-quote');
    expect(await box.textContent()).toContain(quote!);
    expect(await cite.getAttribute('aria-describedby')).toBe('citation-preview');
    await page.keyboard.press('Escape');
    await expect(box.isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('numbering', () => {
  it('numbers every article 1..N, and every one of the N reference entries is cited', () => {
    const articles = readdirSync(join(dist, 'articles')).filter((n) => statSync(join(dist, 'articles', n)).isDirectory());
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const slug of articles) {
      const text = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
      const cited = new Set([...text.matchAll(/id="cite-(\d+)-\d+"/g)].map((m) => Number(m[1])));
      const entries = [...text.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1]);
      expect(entries.length, slug).toBeGreaterThan(0);
      expect([...cited].sort((a, b) => a - b), slug).toEqual(entries.map((_, i) => i + 1));
      for (const id of entries) expect(text, `${slug} cites ${id}`).toContain(`href="#ref-${id}"`);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries a CSP that allows only this origin and hashed inline scripts', () => {
    const files = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:/);
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)![1].split(' ');
      // Every executable inline script's hash is listed (data blocks such as JSON-LD are not scripts).
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
        const hash = `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`;
        expect(scriptSrc, `${file}: inline script not hashed`).toContain(hash);
      }
    }
  });
  it('pages run with no CSP violation and no request to another origin, search included', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const violations: string[] = [];
    for (const path of ['/', SEED, '/symptoms/', '/conditions/neck-pain/', '/search/?q=tingling']) {
      await page.goto(site.server.url + path);
      if (path.startsWith('/search/')) await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.done);
      if (path === SEED) {
        await page.locator('.audience-switch button[data-audience="patient"]').click();
        await page.locator('a.cite-link').first().focus();
      }
      await page.waitForLoadState('networkidle');
      violations.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map((v) => `${path}: ${v}`));
    }
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0); // the search itself worked under the CSP
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('a crawl of dist/', () => {
  it('finds every internal link and fragment resolving', () => {
    const html = listFiles(dist).filter((f) => f.endsWith('.html'));
    const idsCache = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let s = idsCache.get(file);
      if (!s) idsCache.set(file, (s = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))));
      return s;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const pagePath = '/' + posix.relative(dist.split('\\').join('/'), dirname(file).split('\\').join('/')) + '/';
      for (const m of text.matchAll(/\shref="([^"]+)"/g)) {
        const href = m[1].replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(href)) continue;
        checked++;
        const url = new URL(href, `http://site${file.endsWith('404.html') ? '/' : pagePath}`);
        let target = join(dist, decodeURIComponent(url.pathname));
        if (url.pathname.endsWith('/')) target = join(target, 'index.html');
        if (!existsSync(target)) {
          broken.push(`${file.slice(dist.length)} → ${href} (no file)`);
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && target.endsWith('.html') && !ids(target).has(frag)) broken.push(`${file.slice(dist.length)} → ${href} (no #${frag})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
