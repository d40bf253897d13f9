// Errata and retractions read as one line each, gravest first, linked to their record.
import { describe, it, expect } from 'vitest';
import { correctionsOf } from '../../../src/lib/site/corrections.ts';
import type { Reference } from '../../../src/lib/content/schemas.ts';

const base: Reference = { type: 'article-journal', title: 'A trial', evidence: 'RCT', verified: { where: 'fixture', date: '2026-01-01' } };

describe('correctionsOf', () => {
  it('gives nothing for a reference without corrections', () => expect(correctionsOf(base)).toEqual([]));

  it('puts a retraction before an erratum and links each to its record', () => {
    const ref: Reference = {
      ...base,
      corrections: [
        { kind: 'erratum', citation: 'J Test 2016;47(11):e261', PMID: '27777353', seen: 'PubMed record 1' },
        { kind: 'retraction', citation: 'J Test 2018;1:1', DOI: '10.5555/retraction.1', changes: 'The trial was retracted for fabricated data.', seen: 'publisher notice' },
      ],
    };
    expect(correctionsOf(ref)).toEqual([
      { kind: 'retraction', text: 'Retracted: J Test 2018;1:1. The trial was retracted for fabricated data.', href: 'https://doi.org/10.5555/retraction.1' },
      { kind: 'erratum', text: 'Erratum: J Test 2016;47(11):e261 (PMID 27777353)', href: 'https://pubmed.ncbi.nlm.nih.gov/27777353/' },
    ]);
  });
});
