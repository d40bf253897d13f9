// Page titles: kept whole when short, cut at a word boundary when long.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlLength, pageTitle } from '../../../src/lib/site/page-title.ts';

describe('pageTitle', () => {
  it('keeps a short title whole', () => {
    expect(pageTitle('Search')).toBe('Search · Open Evidence');
  });
  it('cuts a long one at a word boundary, with an ellipsis', () => {
    const t = pageTitle('Claim: Among patients with symptomatic myelopathy managed without surgery, 20% to 62% deteriorate');
    expect(t).toBe('Claim: Among patients with symptomatic myelopathy… · Open Evidence');
    expect(t.length).toBeLessThanOrEqual(70);
  });
  it('is never longer than the limit', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => htmlLength(pageTitle(s)) <= 70));
    expect(htmlLength(pageTitle("In the BMJ review's illustrative case, a man's numb fingers & clumsy hands didn't improve"))).toBeLessThanOrEqual(70);
  });
});
