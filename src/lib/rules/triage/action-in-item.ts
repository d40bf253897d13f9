// triage/action-in-item: a get-help item names a sign; what to do belongs to its tier, so an item never says it.
import { TIERS, type Article, type GetHelp, type Symptom } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { actionOf } from '../../triage/action-tier.ts';
import { GET_HELP } from '../../settings/get-help.ts';
import type { Report, RuleModule } from '../rule.ts';

function checkItems(entry: RawEntry, field: string, tiers: GetHelp, report: Report) {
  for (const tier of TIERS) {
    tiers[tier].forEach((item, i) => {
      const action = actionOf(item);
      if (!action) return;
      const at = locatePath(entry, [field, tier, i]);
      const word = entry.source.indexOf(action.words, at);
      report(
        entry,
        word === -1 || word - at > item.length + 4 ? at : word,
        `"${action.words}" tells the reader what to do inside a ${field}.${tier} item; the page already says "${GET_HELP[tier].heading}"`,
        `write only the sign (e.g. "New loss of bladder or bowel control"); if it needs a different action, move it to the tier that says it`,
      );
    });
  }
}

export const actionInItem: RuleModule = {
  id: 'triage/action-in-item',
  explanation:
    'Each tier of get_help (and of a symptom\'s red_flags) has one action, printed above its list: call 999 or go to A&E; get help today; see a GP. An item that adds its own ("see a doctor promptly") can contradict the box it sits in, so items name signs only.',
  check({ data, tree }, report) {
    for (const [id, raw] of data.articles) checkItems(tree.byCollection.articles.get(id)!, 'get_help', (raw as Article).get_help, report);
    for (const [id, raw] of data.symptoms) checkItems(tree.byCollection.symptoms.get(id)!, 'red_flags', (raw as Symptom).red_flags, report);
  },
};
