// Measures what a reader downloads to search the built site: the first query (engine + index) and each later one.
import { statSync } from 'node:fs';
import { listFiles } from '../src/lib/list-files.ts';
import { join, resolve } from 'node:path';
import { serve } from '../tools/static-server.ts';
import { launch } from '../tools/chromium.ts';

export interface SearchBytes {
  /** Bytes of the files Pagefind may fetch (index chunks, fragments, filters, engine), excluding its unused UI bundles. */
  index_bytes: number;
  index_files: number;
  /** Bytes downloaded by the first query, search page already loaded. */
  first_query_bytes: number;
  /** Bytes downloaded by each later query, in order. */
  later_query_bytes: number[];
  queries: string[];
}

const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.|^playground/;


export async function measureSearchBytes(dist: string, queries = ['tingling', 'clumsy hands', 'neck massage', 'myelopathy surgery', 'stroke after manipulation']): Promise<SearchBytes> {
  const files = listFiles(join(dist, 'pagefind')).filter((f) => !UNUSED.test(f.split('/').pop()!));
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const perQuery: number[] = [];
    for (const q of queries) {
      bytes = 0;
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      const done = `?${new URLSearchParams({ q }).toString()}`;
      await page.waitForFunction((d) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.done === d, done);
      await page.waitForLoadState('networkidle');
      perQuery.push(bytes);
    }
    return {
      index_bytes: files.reduce((n, f) => n + statSync(f).size, 0),
      index_files: files.length,
      first_query_bytes: perQuery[0],
      later_query_bytes: perQuery.slice(1),
      queries,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const r = await measureSearchBytes(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`search index: ${kb(r.index_bytes)} in ${r.index_files} files (${dist}/pagefind, without Pagefind's unused UI bundles)`);
  console.log(`first query "${r.queries[0]}": ${kb(r.first_query_bytes)} downloaded`);
  r.later_query_bytes.forEach((b, i) => console.log(`later query "${r.queries[i + 1]}": ${kb(b)} downloaded`));
}
