// The red-flag collection made ready for matching: every phrase of every sign compiled once, with its tier and links.
import type { RedFlag } from '../content/schemas.ts';
import { compilePhrases, findSign, indexText, type CompiledPhrase, type SignMatch } from './match-sign.ts';
import { TIER_RANK } from './action-tier.ts';

export interface CompiledRedFlag {
  id: string;
  flag: RedFlag;
  phrases: CompiledPhrase[];
  /** The synonyms and lay phrases left out as too vague (the first vague reading of each), for red-flag/vague-phrase. */
  vague: Array<{ field: 'synonyms' | 'lay'; index: number; phrase: string; keys: string[] }>;
}

/**
 * A phrase too vague to match by: no usable word, or one everyday word ("numb", a variant group). One clinical term
 * ("dysarthria") names one thing and may stand alone in the name or synonyms; an everyday phrase never may.
 */
export function isVague(phrase: CompiledPhrase, everyday: boolean): boolean {
  return phrase.keys.length === 0 || (phrase.keys.length === 1 && (everyday || phrase.keys[0].startsWith('~')));
}

/** Every red flag with its phrases compiled; vague phrases are left out (red-flag/vague-phrase reports them). */
export function compileRedFlags(flags: Map<string, unknown>): CompiledRedFlag[] {
  return [...flags].map(([id, raw]) => {
    const flag = raw as RedFlag;
    const vague: CompiledRedFlag['vague'] = [];
    /** A field's phrases compiled, the vague readings kept out and noted. */
    const usable = (phrases: readonly string[], everyday: boolean, field?: 'synonyms' | 'lay') =>
      phrases.flatMap((phrase, index) => {
        const compiled = compilePhrases(phrase);
        const bad = compiled.find((p) => isVague(p, everyday));
        if (bad && field) vague.push({ field, index, phrase, keys: bad.keys });
        return compiled.filter((p) => !isVague(p, everyday));
      });
    const phrases = [...usable([flag.name], false), ...usable(flag.synonyms, false, 'synonyms'), ...usable(flag.lay, true, 'lay')];
    return { id, flag, phrases, vague };
  });
}

/** The most urgent red flag a text names, with the phrase that matched (ties: the first in collection order). */
export function mostUrgentFlag(text: string, flags: readonly CompiledRedFlag[]): { flag: CompiledRedFlag; match: SignMatch } | undefined {
  let best: { flag: CompiledRedFlag; match: SignMatch } | undefined;
  const indexed = indexText(text);
  for (const f of flags) {
    if (best && TIER_RANK[f.flag.tier] <= TIER_RANK[best.flag.flag.tier]) continue;
    const match = findSign(indexed, f.phrases);
    if (match) best = { flag: f, match };
  }
  return best;
}

