// Search facets: what the index learns about each page (type, conditions, certainty, lay words), read from the valid fixture.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { facetsFor, pagefindAttributes } from '../../../src/lib/search/facets.ts';

const model = buildSiteModel(join(import.meta.dirname, '..', '..', 'fixtures', 'valid'));
const src = model;

describe('search facets', () => {
  it('gives an article its conditions by name, its recommendations\' certainty, and the lay words of its symptoms and conditions', () => {
    expect(facetsFor(src, 'article', 'fixture-article')).toEqual({
      type: 'article',
      conditions: ['Fixture condition'],
      certainty: ['low'],
      reviewed: '2026-01-01',
      terms: ['Fixture condition', 'test condition', 'Fixture symptom', 'test tingle'],
    });
  });
  it('gives a claim the conditions of the articles that use it, and no certainty of its own', () => {
    const f = facetsFor(src, 'claim', 'fixture-claim-one');
    expect(f.conditions).toEqual(['Fixture condition']);
    expect(f.certainty).toEqual([]);
    expect(f.terms).toEqual([]);
  });
  it('gives a recommendation its own certainty and its articles\' conditions', () => {
    const f = facetsFor(src, 'recommendation', 'fixture-recommendation');
    expect(f.certainty).toEqual(['low']);
    expect(f.conditions).toEqual(['Fixture condition']);
  });
  it('sorts a reference by the date its record was checked', () => {
    expect(facetsFor(src, 'reference', 'fixture-trial-2020').reviewed).toBe('2025-01-01');
  });
  it('writes one "key:value" per filter value for Pagefind', () => {
    const attrs = pagefindAttributes(facetsFor(src, 'article', 'fixture-article'));
    expect(attrs).toEqual({
      filters: ['type:article', 'condition:Fixture condition', 'certainty:low'],
      meta: ['type:article', 'certainty:low'],
      sort: 'reviewed:2026-01-01',
    });
    expect(pagefindAttributes(facetsFor(src, 'symptom', 'fixture-symptom')).sort).toBeUndefined();
  });
});
