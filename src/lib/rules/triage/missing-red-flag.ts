// triage/missing-red-flag: an article about a condition with emergency red flags shows at least one of them as an emergency.
import type { Article } from '../../content/schemas.ts';
import { findSign, indexText } from '../../triage/match-sign.ts';
import type { RuleModule } from '../rule.ts';

export const missingRedFlag: RuleModule = {
  id: 'triage/missing-red-flag',
  explanation:
    'A reader of an article about a condition must see the signs that make that condition an emergency. When any condition the article lists under conditions: has red flags at the emergency tier, at least one of them must appear under get_help.emergency.',
  check({ data, tree, redFlags }, report) {
    for (const [id, raw] of data.articles) {
      const a = raw as Article;
      const due = redFlags.filter((f) => f.flag.tier === 'emergency' && f.flag.conditions.some((c) => a.conditions.includes(c)));
      if (due.length === 0) continue;
      const items = a.get_help.emergency.map(indexText);
      const shown = due.some((f) => items.some((item) => findSign(item, f.phrases)));
      if (shown) continue;
      const entry = tree.byCollection.articles.get(id)!;
      const names = due.slice(0, 4).map((f) => `"${f.flag.name}"`).join(', ');
      const conditions = [...new Set(due.flatMap((f) => f.flag.conditions.filter((c) => a.conditions.includes(c))))].join(', ');
      report(
        entry,
        entry.source.indexOf('get_help:') >= 0 ? entry.source.indexOf('get_help:') : entry.yamlOffset,
        `this article's conditions (${conditions}) have emergency red flags, and get_help.emergency shows none of them`,
        `add under get_help.emergency the signs of ${names}${due.length > 4 ? ` (or another of ${due.length})` : ''}, in everyday words`,
      );
    }
  },
};
