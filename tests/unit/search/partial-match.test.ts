// Partial matches: the meaningful words of a query, and pages ranked by how many of them they hold.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentWords, mergeRankings } from '../../../src/lib/search/partial-match.ts';

describe('contentWords', () => {
  it('drops common words and repeats, keeps the words that carry meaning', () => {
    expect(contentWords("I keep dropping my cup, and my cup can't be held")).toEqual(['dropping', 'cup', 'held']);
    expect(contentWords('Headache after neck-cracking')).toEqual(['headache', 'neck', 'cracking']);
  });
});

describe('mergeRankings', () => {
  it('puts pages that match more words first, then the higher summed score', () => {
    const merged = mergeRankings([
      [{ id: 'a', score: 9, item: 'A' }, { id: 'b', score: 1, item: 'B' }],
      [{ id: 'b', score: 2, item: 'B' }, { id: 'c', score: 20, item: 'C' }],
    ]);
    expect(merged.map((m) => [m.id, m.words, m.score])).toEqual([['b', 2, 3], ['c', 1, 20], ['a', 1, 9]]);
  });
  it('keeps every page exactly once', () => {
    const list = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), score: fc.double({ min: 0, max: 100, noNaN: true }), item: fc.constant(0) }), { maxLength: 6 })
      .map((l) => [...new Map(l.map((r) => [r.id, r])).values()]);
    fc.assert(fc.property(fc.array(list, { maxLength: 4 }), (lists) => {
      const ids = mergeRankings(lists).map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(lists.flat().map((r) => r.id)));
    }));
  });
});
