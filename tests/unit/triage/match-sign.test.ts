// The red-flag matcher finds a sign's words under inflection, word order and everyday variants, and only where they are.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compilePhrases, findSign } from '../../../src/lib/triage/match-sign.ts';
import { keyOf, tokens } from '../../../src/lib/triage/words.ts';

const phrases = (...p: string[]) => p.flatMap(compilePhrases);

describe('words', () => {
  it('merges everyday variants of one thing into one key', () => {
    for (const group of [
      ['pee', 'wee', 'urine', 'peeing', 'urinating', 'bladder'],
      ['poo', 'pooing', 'bowels', 'stool', 'faeces'],
      ["can't", 'cannot', 'can’t', 'unable'],
      ['numb', 'numbness', 'tingling', 'tingly'],
      ['walk', 'walking', 'walked', 'walks'],
      ['myself', 'yourself', 'themselves'],
    ]) {
      const keys = new Set(group.map((w) => keyOf(w)));
      expect([...keys], group.join(', ')).toHaveLength(1);
    }
  });

  it('writes contractions out before matching: "can\'t", "not able to" and "unable to" read alike', () => {
    const k = (s: string) => tokens(s).map((t) => t.key).join(' ');
    expect(k("I can't pee")).toBe(k('I cannot pee'));
    expect(k('I am not able to pee')).toBe(k('I am unable to urinate'));
  });
});

describe('findSign', () => {
  const bladder = phrases('loss of bladder or bowel control', "can't control my pee", 'wetting myself');

  it('finds a sign in another word order and with other inflections', () => {
    expect(findSign('Control of the bladder was lost', bladder)).toBeDefined();
    expect(findSign('She is unable to control when she urinates', bladder)).toBeDefined();
    expect(findSign('He wet himself', bladder)).toBeDefined();
    expect(findSign('Losing control of your bowels', bladder)).toBeDefined();
  });

  it('does not find it where only some of its words are', () => {
    expect(findSign('Needing to pee more often at night', bladder)).toBeUndefined();
    expect(findSign('Losing weight without trying', bladder)).toBeUndefined();
    expect(findSign('Poor control of blood sugar', bladder)).toBeUndefined();
  });

  it('reads "a or b" between single words as either word', () => {
    const p = phrases('weakness in both arms or legs');
    expect(findSign('weakness in both legs', p)).toBeDefined();
    expect(findSign('both arms have weakness', p)).toBeDefined();
    expect(findSign('weakness in one arm', p)).toBeUndefined();
  });

  it('needs the words close together: a sign is not assembled from a long list', () => {
    const p = phrases('numbness around your bottom');
    expect(findSign('Numbness around the bottom', p)).toBeDefined();
    const far = 'Numbness in the fingers that comes and goes, worse at night, with aching shoulders, stiff wrists, sore knees, tired eyes and pain in the bottom';
    expect(findSign(far, p)).toBeUndefined();
  });

  // Property: every phrase is found again after its words are reordered, inflected and padded with filler words.
  const INFLECT: Record<string, string[]> = {
    pee: ['pee', 'peeing', 'pees', 'urine', 'wee'],
    control: ['control', 'controlling', 'controlled'],
    walk: ['walk', 'walking', 'walks', 'walked'],
    numb: ['numb', 'numbness', 'tingling'],
    leg: ['leg', 'legs'],
    face: ['face', 'facial'],
    droop: ['droop', 'drooping', 'droops', 'drooped', 'droopy'],
    "can't": ["can't", 'cannot', 'unable to', 'can’t'],
    sudden: ['sudden', 'suddenly'],
    weak: ['weak', 'weakness', 'weaker'],
  };
  const SIGNS: string[][] = [
    ["can't", 'control', 'pee'],
    ['sudden', 'weak', 'leg'],
    ['face', 'droop'],
    ['numb', 'leg'],
    ['sudden', "can't", 'walk'],
  ];
  const FILLER = ['the', 'my', 'your', 'a', 'and', 'of', 'in', 'when', 'I'];

  it('finds each sign whatever the word order, inflection and filler (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SIGNS.length - 1 }).chain((i) =>
          fc.tuple(
            fc.constant(SIGNS[i]),
            fc.shuffledSubarray(SIGNS[i], { minLength: SIGNS[i].length, maxLength: SIGNS[i].length }),
            fc.array(fc.nat(), { minLength: SIGNS[i].length, maxLength: SIGNS[i].length }),
            fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 3 }),
          ),
        ),
        ([sign, order, picks, filler]) => {
          const words = order.map((w, j) => INFLECT[w][picks[j] % INFLECT[w].length]);
          const text = [...filler.slice(0, 1), ...words.flatMap((w, j) => (j === 1 ? [...filler.slice(1), w] : [w]))].join(' ');
          const compiled = phrases(sign.join(' '));
          expect(findSign(text, compiled), `${text} should name "${sign.join(' ')}"`).toBeDefined();
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it('never finds a sign in text that lacks one of its words (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SIGNS.length - 1 }), fc.nat(), (i, drop) => {
        const sign = SIGNS[i];
        const kept = sign.filter((_, j) => j !== drop % sign.length);
        const text = kept.map((w) => INFLECT[w][0]).join(' and ');
        expect(findSign(text, phrases(sign.join(' ')))).toBeUndefined();
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
