// Turns text into comparable word tokens: contractions expanded, Porter stems (the `stemmer` package), everyday variants merged.
import { stemmer } from 'stemmer';

/**
 * Words people use for the same thing, merged to one token after stemming, so "pee", "wee", "urine" and "bladder"
 * all count as one concept. Each group is the everyday words of one meaning; the first word names the group.
 * Kept short and literal: a group must never join two things a red flag tells apart.
 */
const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['bladder', 'pee', 'wee', 'urine', 'urinate', 'urination', 'urinary', 'piss', 'peeing', 'weeing', 'micturition'],
  ['bowel', 'poo', 'poop', 'stool', 'stools', 'faeces', 'feces', 'faecal', 'fecal', 'pooing', 'bowels'],
  ['cannot', 'unable', 'cant'],
  ['loss', 'lose', 'losing', 'lost'],
  ['control', 'controlling', 'controlled', 'hold', 'holding'],
  ['difficulty', 'difficult', 'trouble', 'problem', 'problems', 'hard', 'struggle', 'struggling'],
  ['weak', 'weakness', 'weaker', 'weakened', 'feeble'],
  ['numb', 'numbness', 'numbed', 'dead', 'tingle', 'tingling', 'tingly', 'sensation', 'feeling', 'pins'],
  ['leg', 'legs', 'leg\'s'],
  ['arm', 'arms'],
  ['limb', 'limbs'],
  ['genital', 'genitals', 'genitalia', 'groin', 'private', 'vagina', 'penis', 'scrotum'],
  ['bottom', 'buttock', 'buttocks', 'bum', 'backside', 'anus', 'anal', 'perineum', 'perineal', 'saddle', 'rectum'],
  ['walk', 'walking', 'walked', 'gait', 'stride'],
  ['unsteady', 'unsteadiness', 'unstable', 'wobbly', 'balance', 'imbalance', 'off-balance'],
  ['coordination', 'co-ordination', 'coordinate', 'co-ordinate', 'uncoordinated', 'clumsy', 'clumsiness'],
  ['sudden', 'suddenly', 'abrupt', 'abruptly'],
  ['new', 'newly', 'recent'],
  ['face', 'facial'],
  ['droop', 'drooping', 'droopy', 'drooped', 'fallen', 'sag', 'sagging', 'lopsided'],
  ['speech', 'speak', 'speaking', 'talk', 'talking', 'word', 'words'],
  ['slur', 'slurred', 'slurring', 'garbled', 'jumbled'],
  ['dizzy', 'dizziness', 'vertigo', 'spinning', 'lightheaded'],
  ['vision', 'sight', 'eyesight', 'visual'],
  ['double', 'doubled'],
  ['blind', 'blindness', 'blurred', 'blurry', 'blur'],
  ['swallow', 'swallowing', 'dysphagia'],
  ['headache', 'headaches', 'head-ache'],
  ['severe', 'extreme', 'extremely', 'worst', 'terrible', 'excruciating', 'intense'],
  ['electric', 'electrical', 'shock', 'shocks', 'zap', 'zaps', 'buzzing'],
  ['bend', 'bending', 'bent', 'flex', 'flexing', 'flexion', 'tilt', 'tilting', 'bow', 'bowing'],
  ['worse', 'worsening', 'worsen', 'worsens', 'progressive', 'progressing', 'progresses', 'deteriorating', 'spreading'],
  ['self', 'myself', 'yourself', 'himself', 'herself', 'themselves', 'ourselves', 'oneself'],
  ['fever', 'temperature', 'feverish', 'hot', 'shivery'],
];

const STOP = new Set(
  'a an the my your his her their our its all of in on or and to with when while is are be been am was were you i me it that this for at as by from into onto about around under below above near inside down up over through if any some can could do does did have has had feel feels felt get gets got become becomes either more very also than then there them they he she we us so just like such not no'.split(' '),
);

const CANONICAL = new Map<string, string>();
for (const group of VARIANT_GROUPS) for (const w of group) CANONICAL.set(stemmer(w.replace(/[-']/g, '')), `~${group[0]}`);

/** Lower-cased, Unicode-composed text with contractions written out ("can't" → "cannot", "won't" → "will not"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\bcan'?t\b|\bcan not\b|\bnot able to\b|\bunable to\b/g, 'cannot')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/n't\b/g, ' not');
}

export interface Token {
  /** The canonical form: a variant group ("~bladder") or a Porter stem. */
  key: string;
  /** Offset of the word in the original text. */
  index: number;
}

/**
 * The content words of `text`, in order, each with its canonical key and its offset. Offsets point into the
 * original text (normalisation changes lengths only where contractions are written out, which shifts nothing
 * before them; offsets after such a word are approximate and used only to report a line).
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const normalized = normalizeText(text);
  for (const m of normalized.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    if (STOP.has(word)) continue;
    const key = keyOf(word);
    if (key) out.push({ key, index: Math.min(m.index, text.length) });
  }
  return out;
}

/** The canonical key of one word, or undefined for a stop word. */
export function keyOf(word: string): string | undefined {
  const w = normalizeText(word).replace(/'s$/, '').replace(/[-']/g, '');
  if (!w || STOP.has(w)) return undefined;
  const stem = stemmer(w);
  return CANONICAL.get(stem) ?? CANONICAL.get(w) ?? stem;
}
