// The Pandoc citation parser: the forms editors write, what is not a citation, and properties that always hold.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCitations, citationModes } from '../../../src/lib/citations/parse.ts';
import { unreadCitations } from '../../../src/lib/citations/unread.ts';
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

describe('bracket groups as Pandoc reads them (issue 11: across markup, nested brackets, keys after keys)', () => {
  const read = (source: string) => citationsInTree(parseMdx(source), source).map((c) => ({ ids: c.keys.map((k) => k.id), modes: citationModes(c), locators: c.keys.map((k) => k.locator), prefixes: c.keys.map((k) => k.prefix) }));
  it('reads a group across emphasis, strong, code and links in its prefix and suffix', () => {
    expect(read('Go [see *e.g.* @a].')).toEqual([{ ids: ['a'], modes: ['normal'], locators: [undefined], prefixes: ['see e.g.'] }]);
    expect(read('Go [@a, *passim*].')[0].locators).toEqual(['passim']);
    expect(read('Go [@a, `x`].')[0].locators).toEqual(['x']);
    expect(read('Go [see [the guide](https://example.org), @a].')[0].prefixes).toEqual(['see the guide,']);
    expect(read('Go [**see** @a, **p.** 3; @b].')).toEqual([{ ids: ['a', 'b'], modes: ['normal', 'normal'], locators: ['p. 3', undefined], prefixes: ['see', undefined] }]);
  });
  it('balances nested brackets in a prefix or suffix', () => {
    expect(read('Go [see [1], @a].')[0].ids).toEqual(['a']);
    expect(read('Go [@a, p. [3]].')[0].locators).toEqual(['p. [3]']);
    expect(read('Go [see [a; b], @a].')[0].ids).toEqual(['a']);
  });
  it('reads @a [p. 3; @b] as an in-text citation followed by a normal one', () => {
    expect(read('Go @a [p. 3; @b] x.')).toEqual([{ ids: ['a', 'b'], modes: ['in-text', 'normal'], locators: ['p. 3', undefined], prefixes: [undefined, undefined] }]);
  });
  it('reads a key right after a key, as Pandoc does (@a@b), and an @ after a period or letter as a word', () => {
    expect(keys('Go @a@b').map((c) => c[0].id)).toEqual(['a', 'b']);
    expect(keys('Go x@a and a.@b and _@c and -@d')).toEqual([[expect.objectContaining({ id: 'c' })], [expect.objectContaining({ id: 'd' })]]);
  });
  it('tells suppress-author from a dash inside a word', () => {
    expect(keys('[see-@a]')[0][0]).toMatchObject({ id: 'a', suppressAuthor: false, prefix: 'see-' });
    expect(keys('[(-@a)]')[0][0]).toMatchObject({ id: 'a', suppressAuthor: true });
  });
  it('refuses brackets that hold a key but are no citation, and reads their keys in-text so none escapes the gate', () => {
    for (const text of ['Go [@a @b].', 'Go [@a;].', 'Go [; @a].', 'Go [see (x; @a)].', 'Go [see [@b] @a].', 'Go [@a][x].']) {
      const tree = parseMdx(text);
      expect(unreadCitations(tree, text).map((v) => v.offset), text).toEqual([3]);
      expect(citationsInTree(tree, text).flatMap((c) => c.keys.map((k) => k.id)), text).toContain('a');
    }
    expect(unreadCitations(parseMdx('Go [\\@a] and [x@a] and [see]'), 'Go [\\@a] and [x@a] and [see]')).toEqual([]);
  });
});

describe('citations next to GFM autolinks (nodes the autolink split have no positions of their own)', () => {
  it('reads a citation in the same paragraph as an address or a www link, at its file offset', () => {
    const source = 'Mail someone@example.org or www.example.org about [@a] and @b.';
    const found = citationsInTree(parseMdx(source), source);
    expect(found.map((c) => c.keys[0].id)).toEqual(['a', 'b']);
    expect(found.map((c) => source[c.keys[0].offset])).toEqual(['@', '@']);
  });
  it('refuses a key that GFM turned into an e-mail link, at its @', () => {
    for (const source of ['Go [-@a.b] x', 'Go x-@a.b x', 'Go @a@b.org x']) {
      const offsets = unreadCitations(parseMdx(source), source).map((v) => v.offset);
      expect(offsets.length, source).toBeGreaterThan(0);
      expect(offsets.every((o) => source[o] === '@'), source).toBe(true);
    }
    expect(unreadCitations(parseMdx('Mail someone@example.org'), 'Mail someone@example.org')).toEqual([]);
  });
});
