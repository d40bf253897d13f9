// The Pandoc citation parser: the forms editors write, what is not a citation, and properties that always hold.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCitations } from '../../../src/lib/citations/parse.ts';
import { citationsInTree } from '../../../src/lib/citations/in-tree.ts';
import { parseMdx } from '../../../src/lib/mdx/pipeline.ts';

const keys = (text: string) => parseCitations(text).map((c) => c.keys.map((k) => ({ id: k.id, locator: k.locator, prefix: k.prefix, suppressAuthor: k.suppressAuthor })));

describe('parseCitations', () => {
  it('reads a single bracketed citation', () => {
    expect(keys('Text [@a].')).toEqual([[{ id: 'a', locator: undefined, prefix: undefined, suppressAuthor: false }]]);
  });
  it('reads several keys separated by semicolons', () => {
    expect(keys('[@a; @b-2]').map((c) => c.map((k) => k.id))).toEqual([['a', 'b-2']]);
  });
  it('reads prefix and locator', () => {
    expect(keys('[see @a, p. 12]')).toEqual([[{ id: 'a', locator: 'p. 12', prefix: 'see', suppressAuthor: false }]]);
    expect(keys('[@a, table 2]')[0][0].locator).toBe('table 2');
  });
  it('reads a suppressed-author citation', () => {
    expect(keys('[-@a]')[0][0]).toMatchObject({ id: 'a', suppressAuthor: true });
  });
  it('reads a bare in-text citation, with an optional bracketed locator', () => {
    expect(keys('As @smith-2020 showed')[0][0].id).toBe('smith-2020');
    expect(keys('@a [p. 33] says')[0][0]).toMatchObject({ id: 'a', locator: 'p. 33' });
  });
  it('does not take trailing punctuation into the key', () => {
    expect(keys('shown by @a.')[0][0].id).toBe('a');
    expect(keys('[@a-b, p. 3]; and @c:')).toHaveLength(2);
  });
  it('gives the exact offset of each @', () => {
    const text = 'x [@aa; see @bb] y @cc';
    const offsets = parseCitations(text).flatMap((c) => c.keys.map((k) => k.offset));
    expect(offsets.map((o) => text[o])).toEqual(['@', '@', '@']);
    expect(offsets).toEqual([3, 12, 19]);
  });
  it('does not read e-mail addresses or escaped forms as citations', () => {
    expect(parseCitations('write to someone@example.org')).toEqual([]);
    expect(parseCitations('\\[@a]')).toEqual([]);
    expect(parseCitations('\\@a')).toEqual([]);
    expect(parseCitations('[text with no key]')).toEqual([]);
  });
});

describe('citations in an MDX tree', () => {
  it('skips code spans, code blocks and link text, and keeps file positions', () => {
    const source = 'A [@real] and `[@code]` and [@linked](https://example.org).\n\n```\n[@block]\n```\n';
    const found = citationsInTree(parseMdx(source), source);
    expect(found.flatMap((c) => c.keys.map((k) => k.id))).toEqual(['real']);
    expect(source[found[0].keys[0].offset]).toBe('@');
  });
});

describe('parseCitations properties', () => {
  const alphabet = fc.constantFrom('@', '[', ']', ';', ',', '-', '\\', ' ', 'a', 'b', '1', '.', ':', '_', 'p', '\n', 'é', '`');
  it('never throws, and every key offset points at an @ inside its citation', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        for (const c of parseCitations(text)) {
          expect(c.start).toBeLessThan(c.end);
          for (const k of c.keys) {
            expect(text[k.offset]).toBe('@');
            expect(k.offset).toBeGreaterThanOrEqual(c.start);
            expect(k.offset).toBeLessThan(c.end);
            expect(text.slice(k.offset + 1, k.offset + 1 + k.id.length)).toBe(k.id);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('finds every well-formed bracketed citation it is given', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}$/);
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 10 }).filter((s) => !/[@[\]\\;]/.test(s)), (ids, pre) => {
        const text = `${pre} [${ids.map((i) => `@${i}`).join('; ')}]`;
        const found = parseCitations(text).flatMap((c) => c.keys.map((k) => k.id));
        expect(found.slice(-ids.length)).toEqual(ids);
      }),
    );
  });
});

describe('keys as Pandoc reads them (issue: citations that vanished or were cut)', () => {
  it('leaves trailing punctuation out of the key, as a suffix', () => {
    expect(keys('[@smith2020.]')[0][0]).toMatchObject({ id: 'smith2020' });
    expect(keys('[-@no-such-id.]')[0][0]).toMatchObject({ id: 'no-such-id', suppressAuthor: true });
    expect(keys("[@a's]")[0][0].id).toBe('a');
    expect(keys('[@a:]')[0][0].id).toBe('a');
    expect(keys('[@a--b]')[0][0].id).toBe('a');
  });
  it('reads a non-ASCII key whole', () => {
    expect(keys('[@müller2020]')[0][0].id).toBe('müller2020');
    expect(keys('As @müller2020 found')[0][0].id).toBe('müller2020');
  });
  it('keeps the deliberate differences: an escaped bracket and a link’s text are not citations', () => {
    const source = 'See \\[@a] and [see @b](https://example.org) and [@c].';
    expect(citationsInTree(parseMdx(source), source).map((c) => c.keys.map((k) => k.id))).toEqual([['c']]);
  });
});
