// Reads what a sentence tells the reader to do, as a tier: "call 999" is an emergency, "today" urgent, "soon" can wait.
import type { Tier } from '../content/schemas.ts';

/** Rank of a tier: higher is more urgent. */
export const TIER_RANK: Record<Tier, number> = { soon: 0, urgent: 1, emergency: 2 };

/** Words that send a reader somewhere now, today, or later; the first tier whose pattern matches wins per phrase. */
const ACTION_WORDS: ReadonlyArray<{ tier: Tier; pattern: RegExp }> = [
  { tier: 'emergency', pattern: /\b(?:(?:call|dial|ring|phone)\s+(?:999|911|112)|999|a ?& ?e|accident and emergency|emergency|ambulance|immediately|straight away|right away|at once|without delay)\b/i },
  { tier: 'urgent', pattern: /\b(?:(?:call|dial|ring|phone|nhs)\s+111|111\s+online|today|same[- ]day|urgent(?:ly)?|within (?:a few )?hours|tonight)\b/i },
  {
    tier: 'soon',
    pattern:
      /\b(?:promptly|soon|sooner|book(?:ed|ing)?|appointment|next (?:few )?(?:days|weeks|months)|within (?:a few |\d+ )?(?:days|weeks|months)|see (?:a|your|the) (?:doctor|gp|specialist|physio\w*)|contact (?:a|your|the) (?:doctor|gp)|(?:ask|speak) (?:for|to) (?:a|your|the)? ?(?:doctor|gp|referral|specialist)|refer(?:red|ral|s)?|routine|check-?up|when you can|in good time|(?:get|be) (?:it |yourself |them )?(?:checked|seen)(?: out)?(?: quickly)?)\b/i,
  },
];

export interface Action {
  tier: Tier;
  /** The action words, as written. */
  words: string;
}

/** The most urgent action a text unit gives, or undefined if it gives none. */
export function actionOf(text: string): Action | undefined {
  let best: Action | undefined;
  for (const { tier, pattern } of ACTION_WORDS) {
    const m = pattern.exec(text);
    if (m && (!best || TIER_RANK[tier] > TIER_RANK[best.tier])) best = { tier, words: m[0] };
  }
  return best;
}

/**
 * A text split into units that each carry at most one instruction: sentences, and the clauses a semicolon, a colon
 * or a dash separates. Offsets are into `text`.
 */
export function actionUnits(text: string): Array<{ text: string; offset: number }> {
  const units: Array<{ text: string; offset: number }> = [];
  const re = /[^.!?;:\u2013\u2014]+(?:[.!?;:\u2013\u2014]+|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim()) units.push({ text: m[0], offset: m.index });
  }
  return units;
}
