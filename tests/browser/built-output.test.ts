// The built output itself: two builds of the same commit are byte-identical, and every page is valid HTML.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { listFiles } from '../../src/lib/list-files.ts';
import { join, relative } from 'node:path';
import { buildSiteModel } from '../../src/lib/site/model.ts';
import { GET_HELP } from '../../src/lib/settings/get-help.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
import { createHash } from 'node:crypto';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { buildSite, dist, repo } from './build-site.ts';


/** Path → sha256 of every file in dist/. */
function snapshot(): Map<string, string> {
  return new Map(listFiles(dist).map((f) => [relative(dist, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

let first: Map<string, string>;
beforeAll(() => {
  buildSite();
  first = snapshot();
});

describe('a deterministic build', () => {
  it('builds byte-identical dist/ twice from the same commit', () => {
    buildSite();
    const second = snapshot();
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(300);
  });
});

describe('the get-help box on every article', () => {
  it('shows the emergency heading, in the static HTML, before the article body, wherever an article has emergency signs', () => {
    const model = buildSiteModel(repo);
    const withEmergency = [...model.articles].filter(([, a]) => a.get_help.emergency.length > 0);
    expect(withEmergency.length).toBeGreaterThan(0);
    for (const [id, a] of withEmergency) {
      const html = readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8');
      const heading = html.indexOf(escapeHtml(GET_HELP.emergency.heading));
      expect(heading, id).toBeGreaterThan(-1);
      expect(heading, `${id}: the box comes before the body`).toBeLessThan(html.indexOf('class="article-body"'));
      for (const sign of a.get_help.emergency) expect(html, `${id}: ${sign}`).toContain(escapeHtml(sign));
    }
  });
});

describe('html-validate over dist/', () => {
  it('finds zero errors on every page (html-validate:recommended)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${relative(repo, file)}:${m.line}:${m.column}  ${m.message} (${m.ruleId})`);
    }
    expect(errors).toEqual([]);
  });
});
