// Numbering: order of first use, through claims and recommendations; the list is what the page cites.
import { describe, it, expect } from 'vitest';
import { numberCitations, referenceList, type SourceLookup } from '../../../src/lib/citations/numbering.ts';
import { assignAnchors } from '../../../src/lib/site/model.ts';

const lookup: SourceLookup = {
  claimRefs: (id) => ({ c1: ['r3', 'r1'], c2: ['r2'], c3: ['r4'] })[id],
  recommendation: (id) => ({ rec: { guideline: 'g', claims: ['c2', 'c3'] } })[id],
};

describe('numberCitations', () => {
  it('numbers in order of first use, counting claims and recommendations', () => {
    const numbers = numberCitations(
      [{ kind: 'cite', ids: ['r1'] }, { kind: 'claim', id: 'c1' }, { kind: 'recommendation', id: 'rec' }, { kind: 'cite', ids: ['r1', 'r5'] }],
      lookup,
    );
    expect(referenceList(numbers)).toEqual(['r1', 'r3', 'g', 'r2', 'r4', 'r5']);
    expect(numbers.get('r5')).toBe(6);
  });
  it('lists nothing the page does not cite', () => {
    expect(referenceList(numberCitations([{ kind: 'claim', id: 'c2' }], lookup))).toEqual(['r2']);
  });
  it('gives each use of a reference its own anchor', () => {
    const page = assignAnchors([{ kind: 'cite', ids: ['r2'] }, { kind: 'claim', id: 'c2' }], lookup);
    expect(page.occurrences.get('r2')).toEqual(['cite-1-1', 'cite-1-2']);
  });
});

describe('splitRecommendationRefs', () => {
  it('gives the guideline and each claim back its own refs, in refsOfItem order', async () => {
    const { splitRecommendationRefs, refsOfItem } = await import('../../../src/lib/citations/numbering.ts');
    const refs = refsOfItem({ kind: 'recommendation', id: 'rec' }, lookup);
    expect(splitRecommendationRefs('rec', refs, lookup)).toEqual({ guideline: 'g', claims: [{ id: 'c2', refs: ['r2'] }, { id: 'c3', refs: ['r4'] }] });
  });
});
