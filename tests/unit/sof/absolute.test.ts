// The summary-of-findings formulas: properties of each (fast-check), the Cochrane Handbook's worked example, and
// hand-computed values where we found no worked example on a record.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { absoluteEffect, differencePer1000, formatDifference, interventionRisk, roundPer1000 } from '../../../src/lib/sof/absolute.ts';

const acr = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const ratio = fc.double({ min: 0.05, max: 20, noNaN: true });
const odds = (p: number) => p / (1 - p);

describe('RR: risk with the intervention = ACR × RR', () => {
  it('is the product, capped at certainty (a risk is at most 1)', () => {
    fc.assert(fc.property(acr, ratio, (p, rr) => Math.abs(interventionRisk('RR', rr, p) - Math.min(1, p * rr)) < 1e-12));
  });
  it('recovers the ratio where it is not capped', () => {
    fc.assert(fc.property(acr, ratio, (p, rr) => p * rr >= 1 || Math.abs(interventionRisk('RR', rr, p) / p - rr) < 1e-9));
  });
});

describe('OR: risk with the intervention = OR·ACR / (1 − ACR + OR·ACR)', () => {
  it('gives a risk whose odds over the comparator odds is the OR', () => {
    fc.assert(fc.property(acr, ratio, (p, or) => {
      const q = interventionRisk('OR', or, p);
      return q > 0 && q < 1 && Math.abs(odds(q) / odds(p) - or) / or < 1e-9;
    }));
  });
});

describe('HR: risk with the intervention = 1 − (1 − ACR)^HR', () => {
  it('gives a survival that is the comparator survival to the power HR', () => {
    fc.assert(fc.property(acr, ratio, (p, hr) => {
      const q = interventionRisk('HR', hr, p);
      return Math.abs(Math.log(1 - q) / Math.log(1 - p) - hr) < 1e-6 * hr || q > 1 - 1e-12;
    }));
  });
});

describe('every measure', () => {
  const measure = fc.constantFrom('RR' as const, 'OR' as const, 'HR' as const);
  const interval = fc.tuple(ratio, ratio, ratio).map((xs) => xs.sort((a, b) => a - b) as [number, number, number]);
  it('leaves the comparator risk unchanged at a ratio of 1', () => {
    fc.assert(fc.property(measure, acr, (m, p) => Math.abs(interventionRisk(m, 1, p) - p) < 1e-12));
  });
  it('increases with the ratio, so the CI of the absolute effect comes from the CI of the ratio, in order', () => {
    fc.assert(fc.property(measure, fc.double({ min: 1, max: 999, noNaN: true }), interval, (m, per1000, [lo, est, hi]) => {
      const a = absoluteEffect(m, est, [lo, hi], per1000);
      return a.low <= a.per_1000 + 1e-9 && a.per_1000 <= a.high + 1e-9 && a.low >= 0 && a.high <= 1000 + 1e-9;
    }));
  });
  it('rounds per 1,000 to whole numbers, never by more than a half', () => {
    fc.assert(fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => Number.isInteger(roundPer1000(x)) && Math.abs(roundPer1000(x) - x) <= 0.5 + 1e-9));
    expect([roundPer1000(14.5), roundPer1000(-14.5), roundPer1000(0.4)]).toEqual([15, -15, 0]);
  });
});

describe("the Cochrane Handbook's worked example", () => {
  // Read with the search tool (corpus "pages") on 2026-12-04: Cochrane Handbook version 5.1, section 11.5.5
  // "Statistical considerations in 'Summary of findings' tables",
  // http://handbook-5-1.cochrane.org/chapter_11/11_5_5_statistical_considerations_in_summary_of_findings.htm :
  // "if the risk ratio is consistently 0.75, then treatment would reduce a control group risk of 80% to 60% in the
  // intervention group (an absolute reduction of 20 percentage points) but would reduce a control group risk of 20% to
  // 15% in the intervention group (an absolute reduction of 5 percentage points)."
  // That section is the predecessor of chapter 14 of version 6 (Completing 'Summary of findings' tables); we did not
  // find chapter 14's own worked examples (with odds and hazard ratios) on any stored record, so the OR and HR cases
  // below are hand-computed from the formulas, not taken from the Handbook.
  it('reproduces RR 0.75: 800 → 600 per 1,000 and 200 → 150 per 1,000', () => {
    expect(roundPer1000(absoluteEffect('RR', 0.75, [0.75, 0.75], 800).per_1000)).toBe(600);
    expect(roundPer1000(absoluteEffect('RR', 0.75, [0.75, 0.75], 200).per_1000)).toBe(150);
    expect(formatDifference(differencePer1000(absoluteEffect('RR', 0.75, [0.75, 0.75], 800), 800))).toBe('200 fewer per 1,000 (200 fewer to 200 fewer)');
  });
  it('hand-computed: OR 2 at 100 per 1,000 is 2·0.1/(0.9 + 0.2) = 0.1818… → 182 per 1,000', () => {
    expect(roundPer1000(absoluteEffect('OR', 2, [2, 2], 100).per_1000)).toBe(182);
  });
  it('hand-computed: HR 1.57 (1.11 to 2.22) at 9.4 per 1,000 is 1 − 0.9906^1.57 = 0.01473… → 15 (10 to 21) per 1,000', () => {
    const a = absoluteEffect('HR', 1.57, [1.11, 2.22], 9.4);
    expect([a.per_1000, a.low, a.high].map(roundPer1000)).toEqual([15, 10, 21]);
  });
  it('hand-computed: RR 2.2 (1.04 to 4.2) at 250 per 1,000 is 550 (260 to 1,000, capped) per 1,000', () => {
    const a = absoluteEffect('RR', 2.2, [1.04, 4.2], 250);
    expect([a.per_1000, a.low, a.high].map(roundPer1000)).toEqual([550, 260, 1000]);
  });
});
