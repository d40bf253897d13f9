// GRADE's certainty arithmetic and informative statements, and the SoF row built from one outcome.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computedCertainty } from '../../../src/lib/sof/certainty.ts';
import { gradeStatement, includesNoEffect, plainStatement } from '../../../src/lib/sof/wording.ts';
import { footnoteText, sofRow } from '../../../src/lib/sof/table.ts';
import { outcomeSchema, type OutcomeCertainty } from '../../../src/lib/content/schemas.ts';

const ok = { judgement: 'not serious' as const };
const certainty = (over: Partial<OutcomeCertainty> = {}): OutcomeCertainty => ({
  evidence_from: 'randomised trials', risk_of_bias: ok, inconsistency: ok, indirectness: ok, imprecision: ok, publication_bias: ok, upgrades: [], rating: 'high', ...over,
});

describe('certainty from judgements', () => {
  it('starts high for trials, low for observational studies, and steps down per level, never below very low', () => {
    expect(computedCertainty(certainty())).toBe('high');
    expect(computedCertainty(certainty({ evidence_from: 'observational studies' }))).toBe('low');
    expect(computedCertainty(certainty({ imprecision: { judgement: 'serious', reason: 'r' } }))).toBe('moderate');
    expect(computedCertainty(certainty({ imprecision: { judgement: 'very serious', reason: 'r' }, risk_of_bias: { judgement: 'serious', reason: 'r' } }))).toBe('very low');
    expect(computedCertainty(certainty({ evidence_from: 'observational studies', upgrades: [{ factor: 'large effect', levels: 1, reason: 'r' }] }))).toBe('moderate');
    const j = fc.constantFrom('not serious' as const, 'serious' as const, 'very serious' as const).map((judgement) => ({ judgement, reason: 'r' }));
    fc.assert(fc.property(j, j, j, j, j, (a, b, c, d, e) => ['high', 'moderate', 'low', 'very low'].includes(computedCertainty(certainty({ risk_of_bias: a, inconsistency: b, indirectness: c, imprecision: d, publication_bias: e })))));
  });
});

describe('informative statements', () => {
  const o = { measure: 'RR' as const, estimate: 2.7, ci: [0.99, 7.5] as [number, number], comparison: 'Massage vs a self-care book', outcome: 'Improvement in neck disability' };
  it('says "little or no difference" when the CI includes no effect, with the hedge of its certainty', () => {
    expect(includesNoEffect('RR', [0.99, 7.5])).toBe(true);
    expect(includesNoEffect('MD', [-1, 0.5])).toBe(true);
    expect(includesNoEffect('HR', [1.11, 2.22])).toBe(false);
    expect(gradeStatement(o, 'low')).toBe('Massage may make little or no difference to improvement in neck disability.');
    expect(gradeStatement(o, 'moderate')).toBe('Massage probably makes little or no difference to improvement in neck disability.');
    expect(gradeStatement(o, 'high')).toBe('Massage makes little or no difference to improvement in neck disability.');
    expect(gradeStatement(o, 'very low')).toBe('The evidence is very uncertain about the effect of massage on improvement in neck disability.');
    expect(gradeStatement({ ...o, ci: [1.04, 4.2] }, 'low')).toBe('Massage may increase improvement in neck disability.');
    expect(plainStatement({ ...o, ci: [1.04, 4.2] }, 'low')).toBe('Massage may raise improvement in neck disability. We are not sure about this.');
  });
});

describe('an SoF row', () => {
  it('computes the absolute effect per baseline, and a footnote per downgraded domain', () => {
    const outcome = outcomeSchema.parse({
      outcome: 'Improvement', follow_up: '10 weeks', comparison: 'X vs Y', measure: 'RR', estimate: 2.2, ci: [1.04, 4.2], participants: 64, studies: 1,
      baseline: [{ label: 'Y group', per_1000: 250, ref: 'r', quote: '25%' }],
      certainty: certainty({ risk_of_bias: { judgement: 'serious', reason: 'Not blinded.' }, imprecision: { judgement: 'serious', reason: 'One small trial.' }, rating: 'low' }),
    });
    const row = sofRow('c', outcome, 0);
    expect(row.absolute).toEqual([{ per_1000: 550, low: 260, high: 1000 }]);
    expect(row.difference).toEqual(['300 more per 1,000 (10 more to 750 more)']);
    expect(row.certainty).toBe('low');
    expect(footnoteText(row)).toBe('Randomised trials start at high certainty; rated down one level for risk of bias: Not blinded; rated down one level for imprecision: One small trial.');
  });
  it('refuses an estimate outside its interval, and a baseline on a mean difference', () => {
    const base = { outcome: 'o', follow_up: 'f', comparison: 'c', certainty: certainty() };
    expect(outcomeSchema.safeParse({ ...base, measure: 'RR', estimate: 3, ci: [1, 2] }).success).toBe(false);
    expect(outcomeSchema.safeParse({ ...base, measure: 'MD', estimate: 1, ci: [0, 2], baseline: [{ label: 'l', per_1000: 1, ref: 'r', quote: 'q' }] }).success).toBe(false);
    expect(outcomeSchema.safeParse({ ...base, measure: 'RR', estimate: 1.2, ci: [0.9, 1.5], certainty: certainty({ imprecision: { judgement: 'serious' } }) }).success).toBe(false);
  });
});
