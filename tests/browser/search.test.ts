// Search in a real browser over the built site's own Pagefind bundle: golden recall, filters, suggestions,
// keyboard use, accessibility, and the A–Z that replaces the box without JavaScript.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { useBuiltSite, dist, repo } from './build-site.ts';
import { buildSiteModel } from '../../src/lib/site/model.ts';

interface Golden {
  query: string;
  expect: string;
}
const golden: Golden[] = parse(readFileSync(join(repo, 'tests', 'search', 'golden.yaml'), 'utf8'));

const site = useBuiltSite();
const model = buildSiteModel(repo);

/** Opens the search page for a query string and waits until that search has rendered. */
async function searchPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.server.url}/search/${query}`);
  const done = query ? `?${new URLSearchParams(query).toString()}` : '';
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.done === q, done);
  return page.$$eval('.search-result .result-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Runs a query directly against the site's Pagefind bundle and returns the URLs of every result. */
async function bundleSearch(page: Page, q: string | null, options: unknown): Promise<string[]> {
  return page.evaluate(
    async ([q, options]) => {
      // Built with Function so the test runner does not rewrite the browser's own import().
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<any>;
      const pf = await load('/pagefind/pagefind.js');
      const r = await pf.search(q, options);
      return Promise.all(r.results.map((x: { data: () => Promise<{ url: string }> }) => x.data().then((d) => d.url)));
    },
    [q, options] as const,
  );
}

describe('golden queries (tests/search/golden.yaml)', () => {
  it('has at least twenty queries, each expecting a page that exists', () => {
    expect(golden.length).toBeGreaterThanOrEqual(20);
    for (const g of golden) expect(readFileSync(join(dist, g.expect, 'index.html')).length).toBeGreaterThan(0);
  });
  it('finds the expected page in the top five for every query', async () => {
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const g of golden) {
      const top = (await searchPage(page, `?q=${encodeURIComponent(g.query)}`)).slice(0, 5);
      if (!top.includes(g.expect)) misses.push(`"${g.query}" → ${g.expect} not in top 5: ${top.join(', ')}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });
});

describe('filters', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
  });
  afterAll(() => page.close());

  it('by type and condition: exactly the articles about that condition', async () => {
    for (const [cid, c] of model.conditions) {
      const expected = [...model.articles].filter(([, a]) => a.conditions.includes(cid)).map(([id]) => `/articles/${id}/`).sort();
      const got = (await bundleSearch(page, null, { filters: { type: 'article', condition: c.name } })).sort();
      expect(got, c.name).toEqual(expected);
    }
  });
  it('by certainty: exactly the recommendations graded so', async () => {
    for (const certainty of ['high', 'moderate', 'low', 'very low']) {
      const expected = [...model.recommendations].filter(([, r]) => r.certainty === certainty).map(([id]) => `/recommendations/${id}/`).sort();
      const got = (await bundleSearch(page, null, { filters: { type: 'recommendation', certainty } })).sort();
      expect(got, certainty).toEqual(expected);
    }
  });
  it('narrows a word search: every filtered result is in the unfiltered set, and of the chosen type', async () => {
    const all = await bundleSearch(page, 'massage', {});
    const claims = await bundleSearch(page, 'massage', { filters: { type: 'claim' } });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThan(all.length);
    for (const url of claims) {
      expect(url).toMatch(/^\/claims\//);
      expect(all).toContain(url);
    }
    expect(all.filter((u) => u.startsWith('/claims/')).sort()).toEqual([...claims].sort());
  });
  it('works from the form: ticking a type shows only that type, and the URL keeps the choice', async () => {
    const urls = await searchPage(page, '?q=massage&type=recommendation&certainty=very+low');
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^\/recommendations\//);
    for (const u of urls) {
      const id = u.split('/')[2];
      expect(model.recommendations.get(id)?.certainty).toBe('very low');
    }
    expect(await page.locator('input[name=type][value=recommendation]').isChecked()).toBe(true);
    await page.locator('input[name=type][value=recommendation]').uncheck();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.done === '?q=massage&certainty=very+low');
    expect(new URL(page.url()).search).toBe('?q=massage&certainty=very+low');
  });
  it('sorts by the date last reviewed or checked, newest first', async () => {
    const urls = await bundleSearch(page, null, { filters: { type: 'reference' }, sort: { reviewed: 'desc' } });
    const dates = urls.map((u) => model.references.get(u.split('/')[2])!.verified.date);
    expect(dates.length).toBe(model.references.size);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('the search page', () => {
  it('suggests the nearest symptom or condition name when nothing is found, and links to the A–Z', async () => {
    const page = await site.browser.newPage();
    expect(await searchPage(page, '?q=pqresthesia')).toEqual([]);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('No results');
    const suggest = page.locator('[data-search-suggest]');
    expect(await suggest.isVisible()).toBe(true);
    expect(await suggest.locator('a[href="/symptoms/paresthesia/"]').count()).toBe(1);
    expect(await suggest.locator('a[href="#az-heading"]').count()).toBe(1);
    await page.close();
  });
  it('puts the page of a symptom name typed word for word first', async () => {
    const page = await site.browser.newPage();
    const urls = await searchPage(page, `?q=${encodeURIComponent('pins and needles in my hands')}`);
    expect(urls[0]).toBe('/symptoms/paresthesia/');
    expect(urls.filter((u) => u === '/symptoms/paresthesia/').length).toBe(1);
    await page.close();
  });
  it('works from the keyboard: reach the box, search, reach and open a result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || document.activeElement?.tagName);
    let steps = 0;
    while ((await focused()) !== 'search-q' && steps++ < 30) await page.keyboard.press('Tab');
    expect(await focused()).toBe('search-q');
    await page.keyboard.type('clumsy hands');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.done === '?q=clumsy+hands');
    const first = await page.locator('.search-result .result-title a').first().getAttribute('href');
    steps = 0;
    while ((await focused()) !== first && steps++ < 40) await page.keyboard.press('Tab');
    expect(await focused()).toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}${first}`);
    await page.close();
  });
  it('has no axe violations with results and filters showing, at desktop and phone widths', async () => {
    const failures: string[] = [];
    for (const width of [1280, 320]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await searchPage(page, '?q=tingling&type=article&type=symptom');
      expect(await page.locator('details.search-filters').getAttribute('open')).not.toBeNull();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of result.violations) failures.push(`@${width}px: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
      await searchPage(page, '?q=tingeling');
      const empty = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of empty.violations) failures.push(`no results @${width}px: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
      await context.close();
    }
    expect(failures).toEqual([]);
  });
  it('without JavaScript offers the symptom and condition A–Z instead of a dead box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/`);
    expect(await page.locator('#search-q').isVisible()).toBe(false);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.locator('.search-az a[href="/symptoms/paresthesia/"]').count()).toBeGreaterThan(1);
    expect(await page.locator('.search-az a[href="/conditions/degenerative-cervical-myelopathy/"]').count()).toBeGreaterThan(1);
    await context.close();
  });
  it('loads search JavaScript on the search page only', () => {
    const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const scripts = (h: string) => [...h.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const searchScripts = scripts(html('search'));
    expect(searchScripts.length).toBeGreaterThan(0);
    for (const path of ['', 'articles/massage-for-neck-pain', 'symptoms', 'conditions/neck-pain']) {
      const page = html(path);
      expect(page).not.toContain('pagefind.js');
      for (const s of searchScripts) expect(scripts(page), path).not.toContain(s);
    }
  });
});
