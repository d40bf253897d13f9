// The rendering plugin: citations become numbered links wherever they are written, even across inline markup.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { Root, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkCitations from '../../../src/lib/citations/remark-citations.ts';
import { parseMdx } from '../../../src/lib/mdx/pipeline.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'valid');

/** Renders a body as the fixture article and returns what a reader would read, citations as [n (locator)]. */
function render(body: string): { text: string; links: string[] } {
  const tree: Root = parseMdx(body);
  remarkCitations({ root })(tree, new VFile({ path: join(root, 'content', 'articles', 'fixture-article.mdx'), value: body }));
  let text = '';
  const links: string[] = [];
  visit(tree, (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
    if (n.type === 'link' && n.url.startsWith('#ref-')) links.push(n.url);
  });
  return { text, links };
}

describe('remark-citations', () => {
  it('renders a plain citation with its locator and keeps the text around it', () => {
    const { text, links } = render('Shown [@fixture-trial-2020, p. 2] here.');
    expect(text).toBe('Shown [1 (p. 2)] here.');
    expect(links).toEqual(['#ref-fixture-trial-2020']);
  });
  it('reads a bracket group across emphasis, strong and code, and shows the locator as plain text', () => {
    const { text, links } = render('A [*see* @fixture-trial-2020, **p.** 2; also @fixture-guideline-2021, `table 1`] b.');
    expect(text).toBe('A [1 (p. 2), 2 (table 1)] b.');
    expect(links).toEqual(['#ref-fixture-trial-2020', '#ref-fixture-guideline-2021']);
  });
  it('keeps markup outside the citation, and numbers in document order across siblings', () => {
    const { text, links } = render('*One* [@fixture-guideline-2021] and **two** [see *e.g.* @fixture-trial-2020] end.');
    expect(text).toBe('One [1] and two [2] end.');
    expect(links).toEqual(['#ref-fixture-guideline-2021', '#ref-fixture-trial-2020']);
  });
  it('renders an in-text citation with a bracket of further citations', () => {
    const { text } = render('As @fixture-trial-2020 [p. 2; @fixture-guideline-2021] found.');
    expect(text).toBe('As [1 (p. 2), 2] found.');
  });
  it('reads nested brackets in a prefix as Pandoc does', () => {
    expect(render('X [see [1], @fixture-trial-2020] y.').text).toBe('X [1] y.');
  });
  it('leaves no key behind as raw text', () => {
    const { text } = render('[*a* @fixture-trial-2020] [@fixture-guideline-2021, *passim*] @fixture-trial-2020.');
    expect(text).not.toMatch(/@fixture/);
  });
});
