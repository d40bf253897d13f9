// What readers of the open web expect: search from every page, citing and saving an article (citation_* tags,
// BibTeX/RIS/CSL-JSON that citation-js reads back), quotes that lead to their words, no layout shift, print.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { listFiles } from '../../src/lib/list-files.ts';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { formatVancouver } from '../../src/lib/references/format.ts';
import { recordPage } from '../../src/lib/references/text-fragment.ts';
import { useBuiltSite, dist, repo } from './build-site.ts';

const SEED = '/articles/massage-cervical-stenosis-muscle-spasm/';
const site = useBuiltSite();

const pages = () => listFiles(dist).filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'));
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const metas = (page: string, name: string) => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => unescape(m[1]));

describe('search from every page', () => {
  it('puts a GET search form to /search/ with q on every page (the home page has its own, larger one)', () => {
    const missing = pages().filter((f) => !/<form[^>]*action="\/search\/"[^>]*method="get"[^>]*>[\s\S]*?name="q"/.test(readFileSync(f, 'utf8')));
    expect(missing.map((f) => relative(dist, f))).toEqual([]);
  });
  it('leads from the header box to results, without JavaScript too', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(site.server.url + SEED);
      await page.locator('#site-search').fill('pins and needles');
      await page.locator('.header-search button').click();
      await page.waitForURL(/\/search\/\?q=pins\+and\+needles/);
      if (javaScriptEnabled) await expect(page.locator('.search-result').first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
      await context.close();
    }
  });
});

describe('canonical and Open Graph', () => {
  it('gives every page its canonical URL and og:title, og:url, og:type', () => {
    const bad: string[] = [];
    for (const file of pages()) {
      const page = readFileSync(file, 'utf8');
      const path = '/' + relative(dist, file).replace(/index\.html$/, '');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
      const og = /<meta property="og:url" content="([^"]+)"/.exec(page)?.[1];
      if (canonical !== `https://open-evidence.example.org${path}` || og !== canonical || !/property="og:title"/.test(page) || !/property="og:type"/.test(page)) bad.push(path);
    }
    expect(bad.filter((p) => p !== '/404.html')).toEqual([]);
  });
});

describe('citing and saving an article', () => {
  const model = buildSiteModel(repo);
  it('carries Highwire citation_* tags that match the article: title, authors, date, URL, one reference per source', () => {
    for (const [id, a] of model.articles) {
      const page = html(`articles/${id}`);
      expect(metas(page, 'citation_title')).toEqual([a.question]);
      expect(metas(page, 'citation_author')).toEqual(a.authors.map((p) => p.name));
      expect(metas(page, 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(metas(page, 'citation_public_url')).toEqual([`https://open-evidence.example.org/articles/${id}/`]);
      const list = model.pageCitations('articles', id).list;
      expect(metas(page, 'citation_reference')).toEqual(list.map((ref) => formatVancouver(ref, model.references.get(ref)!)));
    }
  });
  it('offers the article as BibTeX, RIS and CSL-JSON that citation-js reads back with its title, URL and date', () => {
    for (const [id, a] of model.articles) {
      const date = metas(html(`articles/${id}`), 'citation_publication_date')[0].split('/').map(Number);
      for (const ext of ['bib', 'ris', 'json']) {
        const text = readFileSync(join(dist, 'articles', id, `cite.${ext}`), 'utf8');
        const [item] = new Cite(ext === 'json' ? JSON.parse(text) : text).format('data', { format: 'object' }) as unknown as Array<{ title: string; URL: string; issued: { 'date-parts': number[][] } }>;
        expect(item.title, `${id}.${ext}`).toBe(a.question);
        expect(item.URL, `${id}.${ext}`).toBe(`https://open-evidence.example.org/articles/${id}/`);
        expect(item.issued['date-parts'][0][0], `${id}.${ext}`).toBe(date[0]);
      }
    }
  });
  it('shows how to cite the page, with the date of the version', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + SEED);
    const text = await page.locator('.cite-text').textContent();
    const date = metas(html(SEED.slice(1, -1)), 'citation_publication_date')[0].split('/');
    expect(text).toContain('[Internet]. Open Evidence;');
    expect(text).toContain(`[updated ${date[0]} `);
    expect(text).toContain(`Available from: https://open-evidence.example.org${SEED}`);
    await page.close();
  });
});

describe('quotes that lead to the quoted words', () => {
  it('links every quote on a claim page to its record with a text fragment that decodes to the quote', () => {
    const model = buildSiteModel(repo);
    let links = 0;
    for (const [id, claim] of model.claims) {
      const page = html(`claims/${id}`);
      const hrefs = [...page.matchAll(/<a class="quote-link" href="([^"]+)"/g)].map((m) => unescape(m[1]));
      // (a source with no web page, a book say, has no link)
      const linked = claim.sources.filter((s) => recordPage(model.references.get(s.ref)!));
      expect(hrefs.length, id).toBe(linked.length);
      hrefs.forEach((href, i) => {
        expect(href.startsWith(recordPage(model.references.get(linked[i].ref)!)!)).toBe(true);
        const quote = linked[i].quote.replace(/\s+/g, ' ').trim();
        const directive = href.split('#:~:text=')[1];
        const [start, end] = directive.split(',').map(decodeURIComponent);
        if (end === undefined) expect(start).toBe(quote);
        else {
          expect(quote.startsWith(start)).toBe(true);
          expect(quote.endsWith(end)).toBe(true);
        }
        expect(directive).not.toMatch(/[-&\s]/);
        links++;
      });
    }
    expect(links).toBeGreaterThan(20);
  });
});

describe('nothing moves after first paint', () => {
  it('keeps cumulative layout shift on an article below 0.01, with a saved audience too', async () => {
    for (const saved of [undefined, 'patient']) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (saved) await context.addInitScript((who) => localStorage.setItem('audience', who), saved);
      await context.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(site.server.url + SEED, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls, `saved audience: ${saved}`).toBeLessThan(0.01);
      const visible = await page.locator(saved === 'patient' ? '[data-audience-text="patient"]' : '[data-audience-text="clinician"]').isVisible();
      expect(visible).toBe(true);
      await context.close();
    }
  });
});

describe('print', () => {
  it('prints the page URL, the date printed, evidence last searched and both bottom lines', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => localStorage.setItem('audience', 'patient'));
    await page.goto(site.server.url + SEED);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('.print-source');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toMatch(new RegExp(`Printed from https://open-evidence.example.org${SEED} on \\d{4}-\\d{2}-\\d{2}`));
    expect(await page.getByText('Evidence last searched').isVisible()).toBe(true);
    expect(await page.locator('[data-audience-text="clinician"]').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });
});

describe('a long article', () => {
  it('opens with a table of contents whose links reach its sections', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + SEED);
    const links = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(await page.locator(href).count(), href).toBe(1);
    await page.close();
  });
});
