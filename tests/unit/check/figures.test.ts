// Figure extraction and matching: the forms a figure takes, normalised, and what counts as supported.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
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
  it('accepts a figure given by a quote in another form; a year is not a figure; refuses the rest', () => {
    const q = quoteFigures(['Death occurred in 32 (18%) of the cases.', 'One hundred seventy-seven published cases', '20% to 62% will deteriorate']);
    expect(unsupportedFigures('177 cases, 18%, 20–62%, in 1999', q).map((f) => f.text)).toEqual([]);
    // A count's two numbers must come from one quote.
    expect(unsupportedFigures('32 of 177', q).map((f) => f.text)).toEqual(['32 of 177']);
    expect(unsupportedFigures('16% mortality and 97% recover', q).map((f) => f.text)).toEqual(['16%', '97%']);
  });
});

describe('figures with their units', () => {
  const f = (t: string) => extractFigures(t).map((x) => (x.unit ? `${x.canon} ${x.unit}` : x.canon));

  it('reads what a number counts or measures, whatever noun names it', () => {
    expect(f('for about 6 weeks, 27 trials, 1994 participants analysed, a 4-week course, 106 (23%) patients')).toEqual(['6 week', '27 studies', '1994 people', '4 week', '106 people', '23%']);
    expect(f('at 4, 10 and 26 weeks')).toEqual(['4 week', '10 week', '26 week']);
    expect(f('RR 2.2; 1 in 250 people')).toEqual(['2.2', '1/250 people']);
  });

  it('does not read levels, years, pages, identifiers or phone numbers as figures', () => {
    expect(f('C3/4 and C5/6, C5–C6, L4-5, T12, S1')).toEqual([]);
    expect(f('a 1999 review, the 2017 guideline, from 1925 to 1997, in 2009')).toEqual([]);
    expect(f('p. 12, pp. 3-9, PMID 19333174, CD004871, NG59, doi 10.1002/14651858.CD004871.pub5, [12]')).toEqual([]);
    expect(f('call 999, NHS 111, 111 online')).toEqual([]);
  });

  it('refuses a figure whose number a quote gives only as a level or with another unit (the leak)', () => {
    const q = quoteFigures(['Root injury at C3/4 and C5/6 was seen at 8 weeks in 12 patients.']);
    expect(unsupportedFigures('eased pain for about 6 weeks', q).map((x) => x.text)).toEqual(['6 weeks']);
    expect(unsupportedFigures('for 4 weeks', q).map((x) => x.text)).toEqual(['4 weeks']);
    expect(unsupportedFigures('after eight weeks, in 12 people', q)).toEqual([]);
    expect(unsupportedFigures('in 8 patients', q).map((x) => x.text)).toEqual(['8 patients']);
  });

  it('accepts a number a quote gives with no unit (a table cell), whatever unit the text names', () => {
    const q = quoteFigures(['471 (2 RCTs) | ⊕⊕⊕⊕ High', 'The mean disability in the NSAID group was 2.02 lower (2.89 lower to 1.15 lower)']);
    expect(unsupportedFigures('2 trials, 471 participants; 2.02 points lower (2.89 to 1.15 points)', q)).toEqual([]);
  });
});

describe('the tokenizer (properties)', () => {
  const SPELL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  it('reads "six" and "6", thousands separators and decimals as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1000, max: 999999 }), fc.integer({ min: 0, max: 99 }), (n, big, dec) => {
        expect(extractFigures(`${SPELL[n]} weeks`)[0].canon).toBe(String(n));
        expect(extractFigures(`${n} weeks`)[0].unit).toBe('week');
        expect(extractFigures(big.toLocaleString('en-GB'))[0].canon).toBe(String(big));
        expect(extractFigures(`${n}.${dec}`)[0].canon).toBe(`${n}.${dec}`);
        expect(extractFigures(`${n}·${dec}`)[0].canon).toBe(`${n}.${dec}`);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
  it('never reads a spinal level as a figure, and reads every range whole', () => {
    fc.assert(
      fc.property(fc.constantFrom('C', 'T', 'L', 'S'), fc.integer({ min: 1, max: 12 }), fc.constantFrom('/', '-', '–', ' to '), fc.integer({ min: 1, max: 12 }), (seg, a, dash, b) => {
        expect(extractFigures(`at ${seg}${a}${dash}${seg}${b} and ${seg}${a}${dash}${b}`)).toEqual([]);
        if (dash !== '/') expect(extractFigures(`${a}${dash}${a + b} months`).map((x) => `${x.canon} ${x.unit}`)).toEqual([`${a}-${a + b} month`]);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('ordinals', () => {
  it('reads "the 25th week" as 25 weeks', () => {
    expect(extractFigures('at the 25th week of gestation').map((x) => `${x.canon} ${x.unit}`)).toEqual(['25 week']);
    expect(unsupportedFigures('at 25 weeks of pregnancy', quoteFigures(['massage at 25th week of gestation']))).toEqual([]);
  });
});
