// Figure extraction and matching: the forms a figure takes, normalised, and what counts as supported.
import { describe, it, expect } from 'vitest';
import { extractFigures, quoteFigures, unsupportedFigures } from '../../../src/lib/check/figures.ts';

const canon = (t: string) => extractFigures(t).map((f) => f.canon);

describe('figures', () => {
  it('finds percentages, ranges, counts, ratios, decimals, thousands and spelled numbers', () => {
    expect(canon('16% mortality; 97% recover; 40–44% of normal; 75 per cent')).toEqual(['16%', '97%', '40%-44%', '75%']);
    expect(canon('32 of 177, 1 in 1000, 2:1, 1,994 people, 1·57, HR 1.57 (95% CI 1.02-2.41)')).toEqual(['32/177', '1/1000', '2:1', '1994', '1.57', '1.57', '95%', '1.02-2.41']);
    expect(canon('One hundred seventy-seven cases; three studies; 20% to 62%')).toEqual(['177', '3', '20%-62%']);
  });
  it('skips vertebral levels, identifiers and a lone "one"', () => {
    expect(canon('C5-C6 root, CD004871, e33560, no one, one of the first, searched 2026-11-25')).toEqual([]);
  });
  it('accepts a figure given by a quote in another form, or a cited year; refuses the rest', () => {
    const q = quoteFigures(['Death occurred in 32 (18%) of the cases.', 'One hundred seventy-seven published cases', '20% to 62% will deteriorate']);
    expect(unsupportedFigures('177 cases, 18%, 20–62%, in 1999', q, new Set([1999])).map((f) => f.text)).toEqual([]);
    // A count's two numbers must come from one quote.
    expect(unsupportedFigures('32 of 177', q, new Set()).map((f) => f.text)).toEqual(['32 of 177']);
    expect(unsupportedFigures('16% mortality and 97% recover', q, new Set()).map((f) => f.text)).toEqual(['16%', '97%']);
  });
});
