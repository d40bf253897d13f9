// "Did you mean" for an empty search: the symptom and condition names nearest to what the reader typed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestTerms, normalise, termsInQuery, type Term } from '../../../src/lib/search/nearest-terms.ts';

const terms: Term[] = [
  { label: 'Paresthesia', href: '/symptoms/paresthesia/', name: 'Paresthesia' },
  { label: 'pins and needles', href: '/symptoms/paresthesia/', name: 'Paresthesia' },
  { label: 'tingling', href: '/symptoms/paresthesia/', name: 'Paresthesia' },
  { label: 'Degenerative cervical myelopathy', href: '/conditions/degenerative-cervical-myelopathy/', name: 'Degenerative cervical myelopathy' },
  { label: 'Neck pain', href: '/conditions/neck-pain/', name: 'Neck pain' },
  { label: 'Gait imbalance', href: '/symptoms/gait-imbalance/', name: 'Gait imbalance' },
];

describe('nearestTerms', () => {
  it('finds a misspelt lay word', () => {
    expect(nearestTerms('tingeling', terms)[0]?.label).toBe('tingling');
    expect(nearestTerms('pins and needels', terms)[0]?.label).toBe('pins and needles');
  });
  it('finds a misspelt clinical name, and one word of a long name', () => {
    expect(nearestTerms('paresthesai', terms)[0]?.label).toBe('Paresthesia');
    expect(nearestTerms('myelopaty', terms)[0]?.href).toBe('/conditions/degenerative-cervical-myelopathy/');
  });
  it('gives at most one term per page, nearest first', () => {
    const out = nearestTerms('tingling', terms, 5);
    expect(out.map((t) => t.href)).toEqual([...new Set(out.map((t) => t.href))]);
    expect(out[0].label).toBe('tingling');
  });
  it('suggests nothing for a query unlike every term, or too short', () => {
    expect(nearestTerms('xylophone', terms)).toEqual([]);
    expect(nearestTerms('ab', terms)).toEqual([]);
  });
  it('normalises case, accents and punctuation', () => {
    expect(normalise('  Paraesthésia, (hands)! ')).toBe('paraesthesia hands');
  });
  it('never returns more than the limit, and only known terms', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('tingling', 'neck pian', 'pins and needles')), fc.integer({ min: 0, max: 4 }), (q, limit) => {
        const out = nearestTerms(q, terms, limit);
        return out.length <= limit && out.every((t) => terms.includes(t));
      }),
    );
  });
});

describe('termsInQuery', () => {
  const more: Term[] = [...terms, { label: 'CD', href: '/conditions/cervical-artery-dissection/', name: 'Cervical artery dissection' }];
  it('finds a name the query contains word for word, longest first, one per page', () => {
    expect(termsInQuery('Pins and needles in my hands', more).map((t) => t.label)).toEqual(['pins and needles']);
    expect(termsInQuery('neck pain and tingling', more).map((t) => t.label)).toEqual(['Neck pain', 'tingling']);
  });
  it('does not match inside words, and short names only as the whole query', () => {
    expect(termsInQuery('tinglings', more)).toEqual([]);
    expect(termsInQuery('a cd of music', more)).toEqual([]);
    expect(termsInQuery('cd', more).map((t) => t.href)).toEqual(['/conditions/cervical-artery-dissection/']);
  });
});
