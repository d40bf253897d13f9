// One search as the reader sees it, over a fake Pagefind: all words first, then pages with some of them.
import { describe, expect, it } from 'vitest';
import { runSearch, type Engine } from '../../../src/lib/search/run.ts';

// A tiny engine with Pagefind's rule: a page matches only when it holds every word of the query.
function engine(pages: Record<string, string>): Engine<{ id: string; score: number }> & { calls: Array<string | null> } {
  const calls: Array<string | null> = [];
  return {
    calls,
    async search(q) {
      calls.push(q);
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.split(' ').includes(w)))
        .map(([id, text]) => ({ id, score: words.length / text.split(' ').length }));
      return { results };
    },
  };
}

const pages = {
  referral: 'which symptoms suggest myelopathy and when to refer to a specialist',
  falls: 'falls and minor trauma with a narrow canal',
  massage: 'is massage safe for neck pain',
};

describe('runSearch', () => {
  it('ignores common words that would hide the right page', async () => {
    const e = engine(pages);
    const out = await runSearch(e, 'When should I see a specialist about my myelopathy', {}, 1);
    expect(out.results.map((r) => r.id)).toEqual(['referral']);
    expect(e.calls[0]).toBe('see specialist myelopathy');
  });
  it('adds pages with some of the words when too few have them all, and says how many are complete', async () => {
    const out = await runSearch(engine(pages), 'neck massage after falls', {}, 5);
    expect(out.complete).toBe(0);
    expect(out.results.map((r) => r.id).sort()).toEqual(['falls', 'massage']);
    expect(out.results[0].id).toBe('massage'); // two of the three words
  });
  it('does not widen a query that already found enough pages', async () => {
    const e = engine(pages);
    const out = await runSearch(e, 'massage', {}, 1);
    expect(out).toEqual({ results: [{ id: 'massage', score: 1 / 6 }], complete: 1 });
    expect(e.calls).toEqual(['massage']);
  });
  it('lists every page matching the filters when there are no words', async () => {
    const e = engine(pages);
    await runSearch(e, '  ', { filters: { type: 'article' } });
    expect(e.calls).toEqual([null]);
  });
});
