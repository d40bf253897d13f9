// The MDX policy refuses every construct that could run code, never strips, and accepts plain content.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseMdx } from '../../../src/lib/mdx/pipeline.ts';
import { checkMdxPolicy, isSafeUrl, urlScheme } from '../../../src/lib/mdx/policy.ts';

// A file the MDX parser cannot read is refused by the checker as a syntax error, so it counts as refused here too.
const violations = (src: string) => {
  try {
    return checkMdxPolicy(parseMdx(src));
  } catch (err) {
    return [{ offset: 0, message: `syntax: ${(err as Error).message}`, hint: '' }];
  }
};

describe('MDX policy', () => {
  it('accepts plain Markdown, GFM tables and the allowed elements', () => {
    const src = '# Title\n\nText *em* **strong** [link](https://a.org) [mail](mailto:a@b.org) [rel](/x/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Claim id="x" />\n\n<Recommendation id="y" />\n\nH<sub>2</sub>O, x<sup>2</sup>, <abbr title="t">T</abbr>, <kbd>K</kbd><br />\n';
    expect(violations(src)).toEqual([]);
  });
  it.each([
    ['import', 'import X from "y"\n'],
    ['export', 'export const a = 1\n'],
    ['flow expression', '{alert(1)}\n'],
    ['text expression', 'a {b} c\n'],
    ['comment expression', 'a {/* c */}\n'],
    ['attribute expression', '<abbr title={x}>a</abbr>\n'],
    ['spread attribute', '<Claim {...p} />\n'],
    ['script element', '<script>alert(1)</script>\n'],
    ['iframe element', '<iframe src="https://a.org" />\n'],
    ['unknown component', '<Evil />\n'],
    ['fragment', '<>x</>\n'],
    ['event handler', '<abbr title="a" onclick="x">a</abbr>\n'],
    ['style attribute', '<sup style="x">1</sup>\n'],
    ['javascript link', '[a](javascript:alert(1))\n'],
    ['upper-case scheme', '[a](JAVASCRIPT:alert(1))\n'],
    ['entity-encoded scheme', '[a](&#x6A;avascript:alert(1))\n'],
    ['tab inside scheme', '[a](java&#9;script:alert(1))\n'],
    ['data image', '![a](data:image/svg+xml,x)\n'],
    ['definition', '[a]: javascript:x\n'],
    ['autolink', '<javascript:alert(1)>\n'],
  ])('refuses %s', (_name, src) => {
    expect(violations(src).length).toBeGreaterThan(0);
  });
  it('decodes before judging a URL scheme', () => {
    expect(urlScheme(' JaVa\tScRiPt:x')).toBe('javascript');
    expect(urlScheme('%6A%61vascript:x')).toBe('javascript');
    expect(urlScheme('&#106;&#97;vascript:x')).toBe('javascript');
    expect(isSafeUrl('https://a.org/x?y=z:1')).toBe(true);
    expect(isSafeUrl('relative/path:with-colon-later')).toBe(true); // a slash before the colon: a path, not a scheme
    expect(isSafeUrl('./relative/path')).toBe(true);
    expect(isSafeUrl('#fragment')).toBe(true);
  });
});

describe('MDX policy properties', () => {
  const safeLine = fc.constantFrom('Plain text.', 'Some *emphasis*.', '- a list item', '> a quote', '[link](https://example.org)', '<Claim id="a" />', 'H<sub>2</sub>O', '');
  const forbidden = fc.constantFrom(
    'import a from "b"',
    'export default 1',
    '{1+1}',
    'text {x} text',
    '<script>x</script>',
    '<iframe />',
    '<Claim {...x} />',
    '<Claim id={x} />',
    '<abbr onClick="x">a</abbr>',
    '<sup style="x">1</sup>',
    '<Unknown />',
    '[x](javascript:alert(1))',
    '[x](JavaScript:alert(1))',
    '[x](&#x6a;avascript:alert(1))',
    '[x](vbscript:x)',
    '![x](data:text/html,x)',
    '<javascript:alert(1)>',
  );
  it('refuses any tree that contains a forbidden construct, wherever it sits', () => {
    fc.assert(
      fc.property(fc.array(safeLine, { maxLength: 6 }), forbidden, fc.array(safeLine, { maxLength: 6 }), (before, bad, after) => {
        const src = [...before, bad, ...after].join('\n\n') + '\n';
        expect(violations(src).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
  it('accepts any tree built only of allowed constructs', () => {
    fc.assert(
      fc.property(fc.array(safeLine, { maxLength: 10 }), (lines) => {
        expect(violations(lines.join('\n\n') + '\n')).toEqual([]);
      }),
    );
  });
});

describe('raw HTML, which MDX never yields but plain Markdown would', () => {
  it('is refused by rule mdx/raw-html wherever an html node appears', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'html', value: '<script>x</script>', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 18, offset: 17 } } }] }] };
    expect(checkMdxPolicy(tree as never).map((v) => v.rule)).toEqual(['mdx/raw-html']);
  });
});
