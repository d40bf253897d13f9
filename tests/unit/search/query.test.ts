// The search page's state in the URL, and the Pagefind options it means.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isActive, pagefindOptions, readState, writeState, type SearchState } from '../../../src/lib/search/query.ts';

describe('search state', () => {
  it('reads filters from the URL and turns them into Pagefind options', () => {
    const s = readState(new URLSearchParams('q=+pins+and+needles+&type=article&type=claim&condition=Neck+pain&certainty=low&sort=reviewed'));
    expect(s).toEqual({ q: 'pins and needles', types: ['article', 'claim'], condition: 'Neck pain', certainty: ['low'], sort: 'reviewed' });
    expect(pagefindOptions(s)).toEqual({
      filters: { type: { any: ['article', 'claim'] }, condition: 'Neck pain', certainty: { any: ['low'] } },
      sort: { reviewed: 'desc' },
    });
  });
  it('asks Pagefind for no filter when none is chosen, and ignores an unknown sort', () => {
    const s = readState(new URLSearchParams('q=tingling&sort=random'));
    expect(pagefindOptions(s)).toEqual({});
    expect(isActive(s)).toBe(true);
    expect(isActive(readState(new URLSearchParams('')))).toBe(false);
    expect(isActive(readState(new URLSearchParams('certainty=high')))).toBe(true);
  });
  it('round-trips any state through the URL', () => {
    const word = fc.string({ minLength: 1 }).filter((w) => w.trim() === w);
    const state = fc.record({
      q: fc.string().map((q) => q.trim()),
      types: fc.array(word, { maxLength: 3 }),
      condition: fc.oneof(fc.constant(''), word),
      certainty: fc.array(word, { maxLength: 3 }),
      sort: fc.constantFrom('' as const, 'reviewed' as const),
    });
    fc.assert(fc.property(state, (s: SearchState) => {
      expect(readState(new URLSearchParams(writeState(s)))).toEqual(s);
    }));
  });
});
