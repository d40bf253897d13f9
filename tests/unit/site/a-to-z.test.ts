// A–Z indexes: sorted ignoring case and accents, grouped under their first letter.
import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../../src/lib/site/a-to-z.ts';

describe('groupByInitial', () => {
  it('sorts ignoring case and groups under upper-case first letters', () => {
    const groups = groupByInitial(['tingling', 'Numbness', 'pins and needles', 'numb hands', 'Paresthesia'], (w) => w);
    expect([...groups]).toEqual([
      ['N', ['numb hands', 'Numbness']],
      ['P', ['Paresthesia', 'pins and needles']],
      ['T', ['tingling']],
    ]);
  });
});
