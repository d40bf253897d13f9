// What a get-help box shows: each tier's heading and signs, each sign linked to the red flag it names (if any).
import { TIERS, type GetHelp, type RedFlag, type Tier } from '../content/schemas.ts';
import { GET_HELP } from '../settings/get-help.ts';
import { compileRedFlags, mostUrgentFlag, type CompiledRedFlag } from '../triage/red-flags.ts';

export interface GetHelpTierView {
  tier: Tier;
  heading: string;
  referral: string;
  items: Array<{ text: string; redFlag?: { id: string; name: string } }>;
}

const compiled = new WeakMap<Map<string, RedFlag>, CompiledRedFlag[]>();

/** The non-empty tiers of `help`, most urgent first, each sign with the red flag it names. */
export function getHelpView(help: GetHelp, redFlags: Map<string, RedFlag>): GetHelpTierView[] {
  let flags = compiled.get(redFlags);
  if (!flags) compiled.set(redFlags, (flags = compileRedFlags(redFlags)));
  return TIERS.filter((t) => help[t].length > 0).map((tier) => ({
    tier,
    heading: GET_HELP[tier].heading,
    referral: GET_HELP[tier].referral,
    items: help[tier].map((text) => {
      const hit = mostUrgentFlag(text, flags);
      return { text, redFlag: hit && { id: hit.flag.id, name: hit.flag.flag.name } };
    }),
  }));
}

/** Red flags in the shape of a get-help list, by their own tier (for symptom and condition pages). */
export function redFlagTiers(ids: readonly string[], redFlags: Map<string, RedFlag>): GetHelp {
  const help: GetHelp = { emergency: [], urgent: [], soon: [] };
  for (const id of ids) {
    const f = redFlags.get(id);
    if (f) help[f.tier].push(f.name);
  }
  return help;
}
