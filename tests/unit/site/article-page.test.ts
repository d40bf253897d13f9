// The article page's data: files, review sentence, citation tags, and links that exist only with a repository setting.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { articlePage } from '../../../src/lib/site/article-page.ts';
import { parseRepository } from '../../../src/lib/site/repository.ts';
import { tableOfContents } from '../../../src/lib/site/toc.ts';
import { entryLinks } from '../../../src/lib/site/entry-links.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'valid');
const model = buildSiteModel(root, { today: '2025-11-25' });

describe('articlePage', () => {
  it('lists the article file, then every claim and recommendation it places', () => {
    const page = articlePage(model, 'fixture-article', undefined);
    expect(page.files[0]).toBe('content/articles/fixture-article.mdx');
    expect(page.files.slice(1).every((f) => /^content\/(claims|recommendations)\/[a-z0-9-]+\.mdx$/.test(f))).toBe(true);
    expect(page.files.length).toBe(1 + model.bodyItems('articles', 'fixture-article').filter((i) => i.kind !== 'cite').length);
  });
  it('has no version link without a repository setting, and one to the file at its last commit with one', () => {
    expect(articlePage(model, 'fixture-article', undefined).version.versionUrl).toBeUndefined();
    const withRepo = articlePage(model, 'fixture-article', { web: 'https://github.com/o/n', branch: 'main' });
    if (withRepo.history[0]) expect(withRepo.version.versionUrl).toBe(`https://github.com/o/n/blob/${withRepo.history[0].hash}/content/articles/fixture-article.mdx`);
    expect(withRepo.history.every((h) => h.url === `https://github.com/o/n/commit/${h.hash}`)).toBe(true);
  });
  it('gives citation_* tags with one citation_reference per numbered source', () => {
    const page = articlePage(model, 'fixture-article', undefined);
    expect(page.meta.filter((m) => m.name === 'citation_reference')).toHaveLength(model.pageCitations('articles', 'fixture-article').list.length);
    expect(page.vancouver).toContain('[Internet]');
  });
});

describe('entryLinks', () => {
  it('gives no links without a repository setting', () => {
    expect(entryLinks(model, 'claims', 'fixture-claim-one', undefined)).toBeUndefined();
  });
  it('links an article and every entry it places to GitHub edit pages, and prefills an issue with the page URL and ids', () => {
    const links = entryLinks(model, 'articles', 'fixture-article', { web: 'https://github.com/o/n', branch: 'main' })!;
    expect(links.edit[0]).toEqual({ label: 'Edit this page on GitHub', href: 'https://github.com/o/n/edit/main/content/articles/fixture-article.mdx' });
    expect(links.edit.length).toBe(1 + model.bodyItems('articles', 'fixture-article').filter((i) => i.kind !== 'cite').length);
    const report = new URL(links.report);
    expect(report.pathname).toBe('/o/n/issues/new');
    expect(report.searchParams.get('body')).toContain('https://open-evidence.example.org/articles/fixture-article/');
    expect(report.searchParams.get('body')).toContain('articles/fixture-article, claims/');
  });
  it('links a reference page to its YAML file', () => {
    expect(entryLinks(model, 'references', 'fixture-trial-2020', { web: 'https://github.com/o/n', branch: 'main' })!.edit).toEqual([
      { label: 'Edit this page on GitHub', href: 'https://github.com/o/n/edit/main/content/references/fixture-trial-2020.yaml' },
    ]);
  });
});

describe('parseRepository', () => {
  it('reads the forms package.json allows, and nothing else', () => {
    for (const v of ['github:o/n', 'o/n', 'https://github.com/o/n', 'https://github.com/o/n.git', { type: 'git', url: 'git+https://github.com/o/n.git' }]) expect(parseRepository(v)?.web, JSON.stringify(v)).toBe('https://github.com/o/n');
    for (const v of [undefined, '', 'https://gitlab.com/o/n', 'javascript:alert(1)', 'o/n/x', { url: 42 }]) expect(parseRepository(v), JSON.stringify(v)).toBeUndefined();
  });
});

describe('tableOfContents', () => {
  it('lists second-level headings once there are three or more', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
    expect(tableOfContents([h(2, 'a'), h(3, 'b'), h(2, 'c')])).toEqual([]);
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(3, 'x'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});
