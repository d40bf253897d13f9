// The dev banner and registry: a page's own problems first, every byte of a message escaped, watch mode's lines.
import { describe, it, expect } from 'vitest';
import { devBanner, escapeHtml, withDevBanner } from '../../../src/lib/problems/dev-banner.ts';
import { createDevRegistry, problemsForPage } from '../../../src/lib/problems/dev-registry.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

const p = (file: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({ rule: severity === 'error' ? 'citation/unknown-reference' : 'review/overdue', file, line: 3, column: 5, message, severity, hint: 'fix <it>' });

describe('problemsForPage', () => {
  it('puts the page’s files first, in their order, errors before warnings', () => {
    const all = [p('z.mdx', 'z'), p('b.mdx', 'bw', 'warning'), p('b.mdx', 'b'), p('a.mdx', 'a'), p('y.mdx', 'yw', 'warning'), p('x.mdx', 'x')];
    const { here, elsewhere } = problemsForPage(all, ['a.mdx', 'b.mdx']);
    expect(here.map((q) => q.message)).toEqual(['a', 'b', 'bw']);
    expect(elsewhere.map((q) => q.message)).toEqual(['z', 'x', 'yw']);
  });
});

describe('devBanner', () => {
  it('is empty without problems, and leaves the page alone', () => {
    expect(devBanner([], 3, [])).toBe('');
    expect(withDevBanner('<body>x</body>', '')).toBe('<body>x</body>');
  });

  it('escapes every character that could open markup in a message or hint', () => {
    const html = devBanner([p('a.mdx', 'element <script>alert("x")</script> & \'q\' `t`')], 1, ['a.mdx']);
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;q&#39; &#96;t&#96;');
    expect(html).toContain('hint: fix &#60;it&#62;');
    expect(html).toContain('a.mdx:3:5  element');
    expect(escapeHtml('<>&"\'`')).toBe('&#60;&#62;&#38;&#34;&#39;&#96;');
  });

  it('goes first in the body', () => {
    expect(withDevBanner('<html><body class="x"><p>page</p></body></html>', '<aside>b</aside>')).toBe('<html><body class="x"><aside>b</aside><p>page</p></body></html>');
  });
});

describe('the dev registry', () => {
  it('prints what watch mode prints, and waits for a pending re-check', async () => {
    const r = createDevRegistry([], 2);
    const now = new Date(2026, 0, 1, 9, 8, 7);
    expect(r.update([p('a.mdx', 'm')], 2, 5, now)).toEqual(['a.mdx:3:5  m [citation/unknown-reference]\n    hint: fix <it>', '[09:08:07] 1 new, 0 fixed: ✗ 1 error in 2 entries checked. (5 ms)']);
    expect(r.problems).toHaveLength(1);
    r.markDirty();
    let done = false;
    const settled = r.settled().then(() => (done = true));
    await new Promise((res) => setTimeout(res, 10));
    expect(done).toBe(false);
    r.markClean();
    await settled;
    expect(done).toBe(true);
  });
});

describe('devBanner sections', () => {
  it('lists the page’s problems, then other files’ errors, and folds other files’ warnings away', () => {
    const html = devBanner([p('x.mdx', 'other error'), p('x.mdx', 'other warning', 'warning'), p('a.mdx', 'own warning', 'warning')], 9, ['a.mdx']);
    const own = html.indexOf('own warning');
    const otherError = html.indexOf('other error');
    const details = html.indexOf('<details><summary>1 warning in other files</summary>');
    expect(own).toBeGreaterThan(0);
    expect(otherError).toBeGreaterThan(own);
    expect(details).toBeGreaterThan(otherError);
    expect(html.indexOf('other warning')).toBeGreaterThan(details);
  });
});
