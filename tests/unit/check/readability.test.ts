// The readability rule: which sentences it flags, where, and why the agreement of 6 formulas out of 7 is the setting.
import { describe, it, expect } from 'vitest';
import { AGREEMENT, READING_AGE, hardSentences } from '../../../src/lib/check/readability.ts';

/** How many sentences of `text` the library's default agreement (4 of 7) flags at our age. */
const flaggedAtDefaultAgreement = (text: string) => hardSentences(text, { age: READING_AGE, agreement: 4 }).length;

describe('hardSentences', () => {
  it('flags professional wording, with the offset of the sentence and its long words', () => {
    const text = 'Ask your doctor. Degenerative cervical myelopathy necessitates comprehensive neurological evaluation.';
    const [hard, ...rest] = hardSentences(text);
    expect(rest).toEqual([]);
    expect(hard.index).toBe(text.indexOf('Degenerative'));
    expect(hard.text).toBe('Degenerative cervical myelopathy necessitates comprehensive neurological evaluation.');
    expect(hard.longWords).toEqual(['degenerative', 'cervical', 'myelopathy', 'necessitates', 'comprehensive', 'neurological', 'evaluation']);
    expect(Number(hard.agreement.split(' ')[0])).toBeGreaterThanOrEqual(AGREEMENT);
  });

  it('flags a long run-on list of symptoms even though every word is short', () => {
    const list = 'Neck pain or stiffness in someone over 50, with poor balance, numbness, clumsy hands, falls or bladder or bowel leaks that keep getting worse: see a doctor before you start massage';
    const [hard] = hardSentences(list);
    expect(hard?.index).toBe(0);
    expect(hard?.longWords).toEqual([]);
  });

  it('passes short everyday sentences that the library default (4 of 7) would flag', () => {
    for (const sentence of ['You also have regular check-ups.', 'Compared with a pretend massage, it probably made little or no difference.']) {
      expect(flaggedAtDefaultAgreement(sentence)).toBe(1);
      expect(hardSentences(sentence)).toEqual([]);
    }
  });
});
