// recommendation/certainty-words: a rationale that rates the evidence says the certainty the recommendation gives.
import type { Recommendation } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import type { RuleModule } from '../rule.ts';

/** "moderate-quality evidence", "high certainty", "certainty is very low", "low certainty of evidence". */
const RATING = /\b(?:(very low|low|moderate|high)[- ](?:quality|certainty)\b|certainty (?:of (?:the )?evidence )?(?:is|was|remains|stays|would be) (very low|low|moderate|high)\b)/gi;
/** A sentence reporting someone else's rating ("the review rated…as moderate quality") is not our rating. */
const REPORTED = /\b(?:rated|graded|judged|according to|the (?:review|guideline|authors?)\b[^.]*\b(?:rate|grade|judge)s?)/i;

export const certaintyWords: RuleModule = {
  id: 'recommendation/certainty-words',
  explanation:
    "A rationale that says \"moderate-quality evidence\" under certainty: low tells the reader two things at once. Every rating the rationale gives in its own voice must equal the recommendation's certainty; a source's own rating is reported as theirs (\"the review rated it moderate\").",
  check({ data, tree }, report) {
    for (const [id, raw] of data.recommendations) {
      const rec = raw as Recommendation;
      const entry = tree.byCollection.recommendations.get(id)!;
      const start = locatePath(entry, ['rationale']);
      for (const sentence of rec.rationale.split(/(?<=[.!?])\s+/)) {
        if (REPORTED.test(sentence)) continue;
        for (const m of sentence.matchAll(RATING)) {
          const said = (m[1] ?? m[2]).toLowerCase();
          if (said === rec.certainty) continue;
          const at = entry.source.indexOf(m[0], start);
          report(entry, at === -1 ? start : at, `the rationale says "${m[0]}", but certainty: is ${rec.certainty}`, `make them agree: change certainty: or the rationale's words; a source's own rating is written as theirs ("the review rated it ${said}")`);
        }
      }
    }
  },
};
