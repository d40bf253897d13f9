// GRADE certainty of one outcome from its judgements: start high (randomised trials) or low (observational studies),
// rate down one level per "serious" domain and two per "very serious" one, rate up for each upgrade; never below very
// low or above high. Pure: the checker confirms an editor's rating with it, and the SoF table words its footnotes.
import { CERTAINTIES, GRADE_DOMAINS, type GradeDomain, type OutcomeCertainty } from '../content/schemas.ts';

export type Certainty = (typeof CERTAINTIES)[number];

/** How a domain is named in a table's footnote. */
export const DOMAIN_LABELS: Record<GradeDomain, string> = {
  risk_of_bias: 'risk of bias',
  inconsistency: 'inconsistency',
  indirectness: 'indirectness',
  imprecision: 'imprecision',
  publication_bias: 'publication bias',
};

/** Levels on GRADE's four-step scale: high 4 … very low 1. */
const LEVEL: Record<Certainty, number> = { high: 4, moderate: 3, low: 2, 'very low': 1 };
const BY_LEVEL: Certainty[] = ['very low', 'low', 'moderate', 'high'];

export interface Downgrade {
  domain: GradeDomain;
  levels: 1 | 2;
  reason: string;
}

/** The domains rated down, each with its levels and reason, in GRADE's order. */
export function downgrades(c: OutcomeCertainty): Downgrade[] {
  return GRADE_DOMAINS.filter((d) => c[d].judgement !== 'not serious').map((d) => ({
    domain: d,
    levels: c[d].judgement === 'very serious' ? 2 : 1,
    reason: c[d].reason ?? '',
  }));
}

/** The rating the judgements give. */
export function computedCertainty(c: OutcomeCertainty): Certainty {
  const start = c.evidence_from === 'randomised trials' ? LEVEL.high : LEVEL.low;
  const down = downgrades(c).reduce((n, d) => n + d.levels, 0);
  const up = c.upgrades.reduce((n, u) => n + u.levels, 0);
  return BY_LEVEL[Math.min(4, Math.max(1, start - down + up)) - 1];
}
