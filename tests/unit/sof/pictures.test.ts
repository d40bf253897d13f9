// The evidence pictures: inline SVG within 16 KB, no style attribute or script, and a text alternative with the numbers.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { iconArray, MAX_PICTURE_BYTES, riskPicture } from '../../../src/lib/sof/pictures.ts';
import { sofRow } from '../../../src/lib/sof/table.ts';
import { outcomeSchema } from '../../../src/lib/content/schemas.ts';

const ok = { judgement: 'not serious' };
const row = (estimate: number, ci: [number, number], per1000: number, measure: 'RR' | 'OR' | 'HR' = 'RR') =>
  sofRow('c', outcomeSchema.parse({
    outcome: 'Improvement <b>&', follow_up: '10 weeks', comparison: 'Massage vs a self-care book', measure, estimate, ci,
    baseline: [{ label: 'book group', per_1000: per1000, ref: 'r', quote: 'q' }],
    certainty: { evidence_from: 'randomised trials', risk_of_bias: ok, inconsistency: ok, indirectness: ok, imprecision: ok, publication_bias: ok, rating: 'high' },
  }), 0);

describe('evidence pictures', () => {
  it('are small, styled only by classes, escaped, and say their numbers', () => {
    fc.assert(fc.property(
      fc.constantFrom('RR' as const, 'OR' as const, 'HR' as const),
      fc.tuple(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true })).map((t) => t.sort((a, b) => a - b)),
      fc.double({ min: 0, max: 1000, noNaN: true }),
      (m, [lo, est, hi], p) => {
        const r = row(est, [lo, hi], p, m);
        for (const pic of [riskPicture(r, 0, 'p1'), iconArray(r, 0, 'p2')]) {
          expect(pic).toBeDefined();
          expect(Buffer.byteLength(pic!.svg)).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
          expect(pic!.svg).not.toMatch(/style=|<script|on\w+=|<b>/i);
          expect(pic!.svg).toMatch(/role="img" aria-labelledby="p\d-t p\d-d"/);
          expect(pic!.svg).not.toContain('NaN');
        }
      },
    ), { numRuns: 200 });
  });
  it('says in its alternative text the numbers the table shows', () => {
    const r = row(2.2, [1.04, 4.2], 250);
    expect(riskPicture(r, 0, 'x')!.alt).toBe('Out of 1,000 people: 250 with the comparator (book group); 550 with massage (95% CI 260 to 1000).');
    expect(iconArray(r, 0, 'y')!.alt).toBe('Of 100 people, about 25 without massage and about 55 with massage (95% CI 26 to 100): Improvement <b>&.');
    expect(iconArray(r, 0, 'y')!.svg.match(/h0/g)).toHaveLength(200);
  });
});
