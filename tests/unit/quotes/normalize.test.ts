// A quote matches its record through what copying changes (quotes, dashes, spaces, Unicode forms, gaps), never a changed word.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { closestSentence, quoteInText } from '../../../src/lib/quotes/normalize.ts';

const RECORD =
  'RESULTS: At 10 weeks, more participants randomized to massage experienced clinically significant improvement on the Neck Disability Index [39% vs. 14% of book group; relative risk (RR)=2.7; 95% confidence interval (CI), 0.99-7.5]. Mean differences between groups were strongest at 4 weeks and not evident by 26 weeks. The ‘dummy’ massage — a light touch — was used.';

describe('quoteInText', () => {
  it('finds an exact quote, and forgives curly quotes, dashes, spaces, line breaks and Unicode forms', () => {
    expect(quoteInText('Mean differences between groups were strongest at 4 weeks and not evident by 26 weeks.', RECORD)).toBe(true);
    expect(quoteInText("The 'dummy' massage - a light touch - was used.", RECORD)).toBe(true);
    expect(quoteInText('95% confidence interval (CI), 0.99–7.5', RECORD)).toBe(true);
    expect(quoteInText('Mean differences between\n   groups were strongest', RECORD)).toBe(true);
    expect(quoteInText('Me\u0301an'.normalize('NFD'), 'Me\u0301an'.normalize('NFC'))).toBe(true);
  });

  it('reads an ellipsis as a gap whose parts come in order', () => {
    expect(quoteInText('At 10 weeks, more participants … not evident by 26 weeks.', RECORD)).toBe(true);
    expect(quoteInText('At 10 weeks ... [...] 26 weeks', RECORD)).toBe(true);
    expect(quoteInText('not evident by 26 weeks … At 10 weeks', RECORD)).toBe(false);
  });

  it('refuses a changed word, a changed number and a made-up sentence', () => {
    expect(quoteInText('Mean differences between groups were strongest at 6 weeks and not evident by 26 weeks.', RECORD)).toBe(false);
    expect(quoteInText('Mean differences between groups were largest at 4 weeks', RECORD)).toBe(false);
    expect(quoteInText('For acute neck pain, exercise had no benefit at all.', RECORD)).toBe(false);
  });

  it('any substring of the record is found, however its spaces and dashes were retyped (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: RECORD.length - 20 }), fc.integer({ min: 10, max: 60 }), (start, len) => {
        const slice = RECORD.slice(start, start + len).trim();
        fc.pre(slice.length > 3 && !/\.\.\.|…/.test(slice));
        const retyped = slice.replace(/ /g, '  ').replace(/-/g, '–').replace(/’/g, "'");
        expect(quoteInText(retyped, RECORD)).toBe(true);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('a substring with one letter changed is refused (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: RECORD.length - 40 }), fc.nat(), (start, at) => {
        const slice = RECORD.slice(start, start + 40);
        const i = at % slice.length;
        fc.pre(/[a-z]/.test(slice[i]));
        const changed = slice.slice(0, i) + (slice[i] === 'q' ? 'z' : 'q') + slice.slice(i + 1);
        expect(quoteInText(changed, RECORD)).toBe(false);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('closestSentence', () => {
  it('gives the record sentence sharing most words with the quote', () => {
    expect(closestSentence('Mean differences were strongest at 6 weeks', RECORD)).toBe('Mean differences between groups were strongest at 4 weeks and not evident by 26 weeks.');
  });
});
