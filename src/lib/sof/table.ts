// A summary-of-findings table: one row per outcome of the claims an entry rests on, with the absolute effects computed
// from the stored numbers, the certainty from its judgements, and a footnote per downgraded domain. Pure: the pages render
// it, the data files publish it (summary_of_findings), the tests recompute it.
import type { Claim, Outcome } from '../content/schemas.ts';
import { absoluteEffect, differencePer1000, formatDifference, isRatio, roundPer1000, type Absolute } from './absolute.ts';
import { computedCertainty, downgrades, DOMAIN_LABELS, type Certainty, type Downgrade } from './certainty.ts';
import { gradeStatement, includesNoEffect, plainStatement } from './wording.ts';

export interface SofBaseline {
  label: string;
  per_1000: number;
  /** The reference the baseline risk is read from. */
  source: string;
  locator?: string;
}

export interface SofRow {
  /** "claim-id#1": the claim and the outcome's place in its list (1-based). */
  key: string;
  claim: string;
  /** The claim's source references (each once), which the row's numbers are quoted from. */
  sources: string[];
  outcome: string;
  follow_up: string;
  comparison: string;
  measure: Outcome['measure'];
  estimate: number;
  ci: [number, number];
  participants: number | null;
  studies: number | null;
  certainty: Certainty;
  /** Where GRADE starts: randomised trials high, observational studies low. */
  evidence_from: Outcome['certainty']['evidence_from'];
  downgrades: Downgrade[];
  upgrades: Outcome['certainty']['upgrades'];
  /** Ratio measures only: each assumed comparator risk, and the risk with the intervention for it (whole numbers per 1,000). */
  baseline?: SofBaseline[];
  absolute?: Array<{ per_1000: number; low: number; high: number }>;
  /** The difference per 1,000 for each baseline, in words: "14 more per 1,000 (1 fewer to 55 more)". */
  difference?: string[];
  includes_no_effect: boolean;
  statement: string;
  plain: string;
  comments: string | null;
  /** Why the absolute effect is not shown, when it is not. */
  not_estimable: string | null;
}

const round = (a: Absolute) => ({ per_1000: roundPer1000(a.per_1000), low: roundPer1000(a.low), high: roundPer1000(a.high) });

export function sofRow(claimId: string, o: Outcome, index: number, sources: string[] = []): SofRow {
  const certainty = computedCertainty(o.certainty);
  const row: SofRow = {
    key: `${claimId}#${index + 1}`,
    claim: claimId,
    sources: [...new Set([...sources, ...o.baseline.map((b) => b.ref)])],
    outcome: o.outcome,
    follow_up: o.follow_up,
    comparison: o.comparison,
    measure: o.measure,
    estimate: o.estimate,
    ci: [o.ci[0], o.ci[1]],
    participants: o.participants ?? null,
    studies: o.studies ?? null,
    certainty,
    evidence_from: o.certainty.evidence_from,
    downgrades: downgrades(o.certainty),
    upgrades: o.certainty.upgrades,
    includes_no_effect: includesNoEffect(o.measure, o.ci),
    statement: gradeStatement(o, certainty),
    plain: plainStatement(o, certainty),
    comments: o.comments ?? null,
    not_estimable: null,
  };
  if (isRatio(o.measure)) {
    const m = o.measure;
    row.baseline = o.baseline.map((b) => ({ label: b.label, per_1000: b.per_1000, source: b.ref, ...(b.locator ? { locator: b.locator } : {}) }));
    const abs = o.baseline.map((b) => absoluteEffect(m, o.estimate, o.ci, b.per_1000));
    row.absolute = abs.map(round);
    row.difference = abs.map((a, i) => formatDifference(differencePer1000(a, o.baseline[i].per_1000)));
    if (o.baseline.length === 0) row.not_estimable = 'the source reports no comparator group risk for this outcome, so no absolute effect is computed';
  } else {
    row.not_estimable = `a ${o.measure === 'RD' ? 'risk difference' : 'mean difference'} is shown as the source reports it`;
  }
  return row;
}

/** The rows of the outcomes of these claims, in the order given (each claim once). */
export function sofRows(claimIds: Iterable<string>, claims: Map<string, Claim>): SofRow[] {
  const seen = new Set<string>();
  const rows: SofRow[] = [];
  for (const id of claimIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const claim = claims.get(id);
    claim?.outcomes?.forEach((o, i) => rows.push(sofRow(id, o, i, claim.sources.map((s) => s.ref))));
  }
  return rows;
}

/** A row's certainty footnote (rows below high only): where GRADE started, then each domain with its levels and reason. */
export function footnoteText(row: Pick<SofRow, 'downgrades' | 'upgrades' | 'certainty' | 'evidence_from'>): string | undefined {
  if (row.certainty === 'high') return undefined;
  const start = row.evidence_from === 'randomised trials' ? 'Randomised trials start at high certainty' : 'Observational studies start at low certainty';
  const parts = row.downgrades.map((d) => `rated down ${d.levels === 2 ? 'two levels' : 'one level'} for ${DOMAIN_LABELS[d.domain]}: ${d.reason.replace(/\.$/, '')}`);
  const ups = row.upgrades.map((u) => `rated up ${u.levels === 2 ? 'two levels' : 'one level'} for ${u.factor}: ${u.reason.replace(/\.$/, '')}`);
  return [start, ...parts, ...ups].join('; ').replace(/([^.])$/, '$1.');
}

/** The JSON shape of a row, as the data files publish it under summary_of_findings (the contract). */
export function sofJson(row: SofRow) {
  return {
    outcome: row.outcome,
    follow_up: row.follow_up,
    comparison: row.comparison,
    claim: row.claim,
    measure: row.measure,
    estimate: row.estimate,
    ci: row.ci,
    participants: row.participants,
    studies: row.studies,
    certainty: row.certainty,
    evidence_from: row.evidence_from,
    downgrades: row.downgrades,
    upgrades: row.upgrades,
    ...(row.baseline ? { baseline: row.baseline, absolute: row.absolute } : {}),
    includes_no_effect: row.includes_no_effect,
    statement: row.statement,
    comments: row.comments,
    not_estimable: row.not_estimable,
  };
}
