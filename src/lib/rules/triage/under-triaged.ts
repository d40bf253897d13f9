// triage/under-triaged: a sign a red flag names may never be written in a tier, or a sentence, below its guidance's tier.
import { TIERS, type Article, type GetHelp, type Symptom, type Tier } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { actionOf, actionUnits, TIER_RANK } from '../../triage/action-tier.ts';
import { mostUrgentFlag, type CompiledRedFlag } from '../../triage/red-flags.ts';
import { GET_HELP } from '../../settings/get-help.ts';
import { entriesOf, type Report, type RuleModule } from '../rule.ts';

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s);
const sourceOf = (f: CompiledRedFlag) => {
  const s = f.flag.sources[0];
  return s ? `; its source (${s.ref}${s.locator ? `, ${s.locator}` : ''}) says "${excerpt(s.quote)}"` : '';
};

/** Checks each item of a tiered list (an article's get_help, a symptom's red_flags). */
function checkTiers(entry: RawEntry, field: string, tiers: GetHelp, flags: readonly CompiledRedFlag[], report: Report) {
  for (const tier of TIERS) {
    tiers[tier].forEach((item, i) => {
      const hit = mostUrgentFlag(item, flags);
      if (!hit || TIER_RANK[hit.flag.flag.tier] <= TIER_RANK[tier]) return;
      const need = hit.flag.flag.tier;
      report(
        entry,
        locatePath(entry, [field, tier, i]),
        `"${excerpt(item)}" names the red flag "${hit.flag.flag.name}" (as "${hit.match.phrase}"), which must be under ${field}.${need} (${GET_HELP[need].action}), not ${field}.${tier}`,
        `move the item to ${field}.${need}${sourceOf(hit.flag)}; red flag: content/red-flags/${hit.flag.id}.yaml`,
      );
    });
  }
}

/** Checks each sentence or clause of a bottom line: a red flag beside a waiting word ("promptly", "soon") is refused. */
function checkProse(entry: RawEntry, path: (string | number)[], text: string, flags: readonly CompiledRedFlag[], report: Report) {
  const units = actionUnits(text);
  const start = locatePath(entry, path);
  const actions = units.map((u) => actionOf(u.text));
  units.forEach((u, i) => {
    const hit = mostUrgentFlag(u.text, flags);
    if (!hit) return;
    // A sign with no action of its own takes the action of the sentence beside it ("See a GP soon if these start.").
    const action = actions[i] ?? [actions[i - 1], actions[i + 1]].filter((a) => a !== undefined).sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier])[0];
    if (!action || TIER_RANK[action.tier] >= TIER_RANK[hit.flag.flag.tier]) return;
    const at = entry.source.indexOf(u.text.trim().slice(0, 20), start);
    const need: Tier = hit.flag.flag.tier;
    report(
      entry,
      at === -1 ? start : at,
      `"${excerpt(u.text.trim())}" ties the red flag "${hit.flag.flag.name}" (as "${hit.match.phrase}") to "${action.words}"; its guidance says ${GET_HELP[need].action}`,
      `say what the red flag needs (${GET_HELP[need].action}) in the same sentence, or leave the action to the get-help box${sourceOf(hit.flag)}`,
    );
  });
}

export const underTriaged: RuleModule = {
  id: 'triage/under-triaged',
  explanation:
    'Readers act on the get-help box without reading the rest. Each red flag (content/red-flags/) gives the lowest tier its guidance allows; a get_help item, a symptom\'s red flag or a bottom-line sentence that names it in a lower tier, or beside a waiting word such as "promptly" or "soon", is refused. Writing a sign in a higher tier than it needs is allowed: caution costs a reader less than delay.',
  check(facts, report) {
    const { data, tree, redFlags } = facts;
    if (redFlags.length === 0) return;
    for (const [, a, entry] of entriesOf<Article>(facts, 'articles')) {
      checkTiers(entry, 'get_help', a.get_help, redFlags, report);
      checkProse(entry, ['bottom_line', 'clinician'], a.bottom_line.clinician, redFlags, report);
      checkProse(entry, ['bottom_line', 'patient'], a.bottom_line.patient, redFlags, report);
    }
    for (const [id, raw] of data.symptoms) checkTiers(tree.byCollection.symptoms.get(id)!, 'red_flags', (raw as Symptom).red_flags, redFlags, report);
  },
};
