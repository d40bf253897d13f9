// The summary_of_findings contract on the real content: every row recomputable from its stored numbers within ±1 per
// 1,000, every certainty below high with its reasons, and every number of its outcome data in a quote (the gate passes).
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { dataFileAt } from '../../../src/lib/site/data-files.ts';
import { recommendationSof } from '../../../src/lib/site/sof.ts';

const model = buildSiteModel(resolve(import.meta.dirname, '..', '..', '..'));
const recompute = (m: string, r: number, acr: number) => (m === 'RR' ? Math.min(1, acr * r) : m === 'OR' ? (r * acr) / (1 - acr + r * acr) : 1 - (1 - acr) ** r);

describe('summary_of_findings in the recommendations JSON', () => {
  const rows = [...model.recommendations.keys()].flatMap((id) => {
    const file = dataFileAt(model, `/recommendations/${id}.json`)!;
    return (JSON.parse(file.body).summary_of_findings as Array<Record<string, any>>).map((r): Record<string, any> => ({ id, ...r }));
  });
  it('holds the rows the content gives, each with the contract fields', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const r of rows) {
      for (const k of ['outcome', 'measure', 'estimate', 'ci', 'participants', 'studies', 'certainty', 'downgrades']) expect(r, `${r.id}: ${k}`).toHaveProperty(k);
      if (['RR', 'OR', 'HR'].includes(r.measure)) {
        expect(r.baseline).toBeInstanceOf(Array);
        expect(r.absolute).toHaveLength(r.baseline.length);
        for (const b of r.baseline) expect(Object.keys(b).sort()).toEqual(expect.arrayContaining(['label', 'per_1000', 'source']));
      }
    }
  });
  it('is recomputable from the stored numbers within ±1 per 1,000', () => {
    for (const r of rows) {
      r.baseline?.forEach((b: { per_1000: number }, i: number) => {
        const acr = b.per_1000 / 1000;
        const want = [r.estimate, r.ci[0], r.ci[1]].map((x: number) => 1000 * recompute(r.measure, x, acr));
        const got = r.absolute[i];
        expect(Math.abs(got.per_1000 - want[0]), `${r.id} ${r.outcome}`).toBeLessThanOrEqual(1);
        expect(Math.abs(got.low - Math.min(want[1], want[2]))).toBeLessThanOrEqual(1);
        expect(Math.abs(got.high - Math.max(want[1], want[2]))).toBeLessThanOrEqual(1);
      });
    }
  });
  it('gives every certainty below high a reason per downgrade (the footnote)', () => {
    for (const r of rows) {
      if (r.certainty === 'high') continue;
      expect(r.downgrades.length > 0 || r.evidence_from === 'observational studies', `${r.id} ${r.outcome}`).toBe(true);
      for (const d of r.downgrades) expect(d.reason.length).toBeGreaterThan(10);
    }
  });
  it('shows on the page what the JSON says', () => {
    expect(recommendationSof(model, 'massage-neck-pain-optional-short-term').map((r) => r.statement)).toContain('The evidence is very uncertain about the effect of massage on clinically meaningful improvement in neck disability (Neck Disability Index).');
  });
});
