// recommendation/certainty-words: a rationale that rates the evidence says the certainty the recommendation gives.
import type { Recommendation } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import { entriesOf, type RuleModule } from '../rule.ts';

/** "moderate-quality evidence", "high certainty", "certainty is very low", "we rate certainty low". */
const RATING = /\b(?:(very low|low|moderate|high)[- ](?:quality|certainty)\b|certainty (?:of (?:the )?evidence )?(?:is|was|remains|stays|would be|as) (very low|low|moderate|high)\b|(?:rate|rated|grade|graded|judge|judged) (?:the )?certainty (?:as )?(very low|low|moderate|high)\b)/gi;

export const certaintyWords: RuleModule = {
  id: 'recommendation/certainty-words',
  explanation:
    "A rationale that says \"moderate-quality evidence\" under certainty: low tells the reader two things at once. A rationale may report several ratings (one per outcome, or a source's own), but when it rates the evidence at all, one of its ratings must be the recommendation's certainty, said in so many words (\"we rate certainty low because…\").",
  check(facts, report) {
    for (const [, rec, entry] of entriesOf<Recommendation>(facts, 'recommendations')) {
      const ratings = [...rec.rationale.matchAll(RATING)].map((m) => ({ words: m[0], level: (m[1] ?? m[2] ?? m[3]).toLowerCase() }));
      if (ratings.length === 0 || ratings.some((r) => r.level === rec.certainty)) continue;
      const start = locatePath(entry, ['rationale']);
      const at = entry.source.indexOf(ratings[0].words, start);
      report(
        entry,
        at === -1 ? start : at,
        `the rationale rates the evidence as "${ratings[0].words}"${ratings.length > 1 ? ` (and ${ratings.length - 1} more)` : ''} but never as ${rec.certainty}, the recommendation's certainty:`,
        `say the recommendation's own rating in the rationale ("we rate certainty ${rec.certainty} because …"), or change certainty: if the rationale is right`,
      );
    }
  },
};
