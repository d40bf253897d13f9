// outcome/certainty: an outcome's certainty rating is what its GRADE judgements give, not a separate opinion.
import type { Claim } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import { computedCertainty, downgrades, DOMAIN_LABELS } from '../../sof/certainty.ts';
import type { RuleModule } from '../rule.ts';

export const outcomeCertainty: RuleModule = {
  id: 'outcome/certainty',
  explanation:
    "An outcome's certainty starts high for randomised trials and low for observational studies, goes down one level for each serious domain (two for very serious) and up for each upgrade. The rating written under certainty.rating must be the one these judgements give, so the table's symbols and footnotes agree.",
  check({ data, tree }, report) {
    for (const [id, raw] of data.claims) {
      const entry = tree.byCollection.claims.get(id)!;
      (raw as Claim).outcomes?.forEach((o, i) => {
        const want = computedCertainty(o.certainty);
        if (want === o.certainty.rating) return;
        const steps = downgrades(o.certainty).map((d) => `${DOMAIN_LABELS[d.domain]} −${d.levels}`);
        const ups = o.certainty.upgrades.map((u) => `${u.factor} +${u.levels}`);
        report(
          entry,
          locatePath(entry, ['outcomes', i, 'certainty', 'rating']),
          `certainty.rating is "${o.certainty.rating}" but its judgements give "${want}" (${o.certainty.evidence_from}: start ${o.certainty.evidence_from === 'randomised trials' ? 'high' : 'low'}${[...steps, ...ups].map((s) => `, ${s}`).join('')})`,
          `write rating: ${want}, or change the domain judgements that do not hold`,
        );
      });
    }
  },
};
