// recommendation/wording: a recommendation's words say its strength, in every way people write them.
import type { Recommendation } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import { entriesOf, type RuleModule } from '../rule.ts';

/** Words only a strong recommendation uses ("we recommend", "we strongly advise", "should always", "must"). */
export const STRONG_WORDS = /\b(?:we (?:strongly )?recommend(?:s|ed)?|we strongly (?:advise|suggest|urge|encourage)|strongly recommend(?:ed)?|should always|must(?: not| never)?|always (?:offer|use|refer|avoid))\b/i;
/** Words only a conditional recommendation uses ("we suggest", "consider", "may be offered"). */
export const CONDITIONAL_WORDS = /\b(?:we (?:would )?suggest|we conditionally recommend|(?:clinicians|therapists|you) (?:could|might) consider|consider(?:ing)?|may be (?:offered|considered|used|reasonable|an option)|could be (?:offered|considered)|is a reasonable option|conditional(?:ly)?)\b/i;

export const recommendationWording: RuleModule = {
  id: 'recommendation/wording',
  explanation:
    'GRADE ties words to strength: a strong recommendation says "we recommend" (or "must", "should always"); a conditional one says "we suggest" or "consider". A statement whose words claim the other strength misleads a reader about how sure we are.',
  check(facts, report) {
    for (const [, rec, entry] of entriesOf<Recommendation>(facts, 'recommendations')) {
      const wrong = rec.strength === 'conditional' ? STRONG_WORDS.exec(rec.statement) : CONDITIONAL_WORDS.exec(rec.statement);
      if (!wrong) continue;
      const at = entry.source.indexOf(wrong[0], locatePath(entry, ['statement']));
      report(
        entry,
        at === -1 ? locatePath(entry, ['statement']) : at,
        `a ${rec.strength} recommendation must not say "${wrong[0]}"`,
        rec.strength === 'conditional' ? 'GRADE wording: "we suggest" (or "consider") for conditional; "we recommend", "must" and "should always" only for strong' : 'GRADE wording: "we recommend" for strong; "we suggest" and "consider" are conditional',
      );
    }
  },
};
