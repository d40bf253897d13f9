// Synthetic benchmark text: a seeded pseudo-random source and the clinical-sounding words, sentences and paragraphs
// the synthetic corpus is made of. The same seed gives the same draws in the same order.
import { prng } from './prng.ts';

// A clinical-sounding vocabulary, so the search index sees realistic word variety.
export const NOUNS = [
  'neck pain', 'cervical stenosis', 'myelopathy', 'radiculopathy', 'muscle spasm', 'headache', 'numbness', 'tingling',
  'hand weakness', 'gait imbalance', 'spinal cord compression', 'disc degeneration', 'manual therapy', 'massage',
  'physiotherapy', 'exercise therapy', 'surgical decompression', 'imaging', 'magnetic resonance imaging', 'nerve conduction',
  'rehabilitation', 'posture', 'stiffness', 'falls', 'bladder symptoms', 'grip strength', 'sensory loss', 'reflexes',
  'neck manipulation', 'artery dissection', 'stroke risk', 'analgesia', 'anti-inflammatory drugs', 'sleep quality',
  'work absence', 'quality of life', 'disability scores', 'pain intensity', 'range of motion', 'follow-up visits',
];
export const GROUPS = [
  'adults with chronic neck pain', 'people in later life', 'patients with mild myelopathy', 'office workers', 'older adults',
  'patients after minor trauma', 'people with a narrow spinal canal', 'patients in primary care', 'athletes',
  'patients awaiting surgery', 'people with recurrent headache', 'adults with arm pain',
];
const VERBS = [
  'reduced', 'did not change', 'modestly improved', 'was associated with', 'preceded', 'was followed by',
  'did not predict', 'predicted', 'worsened', 'was compared with', 'was reported alongside', 'was linked to',
];
const CONNECTIVES = [
  'In the included studies,', 'Across the trials,', 'In one cohort,', 'According to the review,', 'In practice,',
  'By contrast,', 'Over years of follow-up,', 'In a small series,', 'Among the patients studied,', 'However,',
];
export const DESIGNS = ['systematic review', 'RCT', 'cohort', 'case-control', 'case report', 'narrative review'] as const;
export const LOCATORS = ['abstract', 'abstract, results', 'results', 'table 2', 'discussion', 'p. 4', 'figure 1', 'conclusions'];
export const REGIONS = ['neck', 'hands and arms', 'legs', 'head', 'back', 'whole body'];
export const JOURNALS = ['Journal of Synthetic Benchmarks', 'Synthetic Spine Reports', 'Archives of Synthetic Evidence', 'Synthetic Clinical Trials'];

/**
 * Patient-facing text short enough to pass the readability check. It still takes the random sentences it used to
 * show, so every later random draw, and so the rest of the corpus, stays as it was.
 */
export const plainWords = (text: string, ..._drawn: string[]) => text;

interface SyntheticText {
  rand: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  pickSome: <T>(xs: readonly T[], n: number) => T[];
  sentence: () => string;
  statement: () => string;
  paragraph: (cite: () => string, fallback: string) => string;
}

/** The random draws and text makers for one corpus, all drawing from one generator seeded with `seed`. */
export function syntheticText(seed: number): SyntheticText {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const pickSome = <T>(xs: readonly T[], n: number): T[] => {
    const out: T[] = [];
    const taken = new Set<number>();
    while (out.length < Math.min(n, xs.length)) {
      const i = int(xs.length);
      if (!taken.has(i)) {
        taken.add(i);
        out.push(xs[i]);
      }
    }
    return out;
  };

  const sentence = () => {
    const s = `${pick(CONNECTIVES)} ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} in ${pick(GROUPS)}`;
    return rand() < 0.3 ? `${s}, although ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} in some reports` : s;
  };
  const statement = () => {
    const s = `${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} in ${pick(GROUPS)}`;
    return s[0].toUpperCase() + s.slice(1);
  };
  /** A paragraph of 4–6 sentences, some ending with a Pandoc citation of the given sources. */
  /** A paragraph citing at random; one that drew no citation cites `fallback`, so none is unsourced. */
  const paragraph = (cite: () => string, fallback: string) => {
    const n = 4 + int(3);
    const out: string[] = [];
    for (let k = 0; k < n; k++) out.push(`${sentence()}${rand() < 0.5 ? ` ${cite()}` : ''}.`);
    if (!out.some((x) => x.includes('[@'))) out[n - 1] = `${out[n - 1].slice(0, -1)} [@${fallback}].`;
    return out.join(' ');
  };
  return { rand, int, pick, pickSome, sentence, statement, paragraph };
}
