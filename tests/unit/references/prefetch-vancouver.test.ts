// References formatted ahead of time on a worker thread read exactly as formatting them on the page does.
import { describe, it, expect } from 'vitest';
import { formatVancouver, hasVancouver } from '../../../src/lib/references/format.ts';
import { prefetchVancouver } from '../../../src/lib/references/prefetch-vancouver.ts';
import type { Reference } from '../../../src/lib/content/schemas.ts';

const ref = (i: number): Reference => ({
  type: 'article-journal',
  title: `Title number ${i}: a study`,
  author: [{ family: `Family${i}`, given: 'Ann B' }, { family: 'Other', given: 'C' }],
  'container-title': 'Journal of Tests',
  volume: String(i),
  page: `${i}-${i + 9}`,
  issued: { 'date-parts': [[2000 + (i % 20)]] },
  DOI: `10.0000/test.${i}`,
  evidence: 'cohort',
  verified: { where: 'test', date: '2026-01-01' },
});

describe('prefetchVancouver', () => {
  it('fills the cache on another thread with the texts formatVancouver gives', async () => {
    const refs = Array.from({ length: 220 }, (_, i) => ref(i));
    const expected = refs.map((r, i) => formatVancouver(`here-${i}`, r));
    prefetchVancouver(refs.map((r, i) => [`there-${i}`, r]));
    const deadline = Date.now() + 60_000;
    while (!refs.every((r, i) => hasVancouver(`there-${i}`, r)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(refs.every((r, i) => hasVancouver(`there-${i}`, r))).toBe(true);
    expect(refs.map((r, i) => formatVancouver(`there-${i}`, r))).toEqual(expected);
  });
});
