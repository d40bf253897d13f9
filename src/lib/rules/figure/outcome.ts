// figure/outcome: every number of a claim's outcome data (estimate, interval, participants, studies, baseline risks, and
// any figure in its words) is read from a quote of the claim's sources; a baseline risk from its own quote.
import { GRADE_DOMAINS, type Claim, type Outcome, type Reference } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { numbersIn, quoteFigures, sameNumber, unsupportedFigures, type QuoteNumber } from '../../check/figures.ts';
import { entriesOf, type Report, type RuleModule } from '../rule.ts';

/** Evidence types that are one study each: a claim resting on n of them rests on n studies without a quote saying "n". */
const PRIMARY = new Set(['RCT', 'cohort', 'case-control', 'case report']);

const has = (quotes: QuoteNumber[][], value: number, ok: (n: QuoteNumber) => boolean = () => true) =>
  quotes.some((q) => q.some((n) => !n.percent && sameNumber(n.value, value) && ok(n)));

/** The studies a claim's sources are, when every source is a primary study: the number of distinct references. */
function primaryStudies(claim: Claim, references: Map<string, unknown>): number | undefined {
  const refs = new Set(claim.sources.map((s) => s.ref));
  for (const r of refs) if (!PRIMARY.has((references.get(r) as Reference | undefined)?.evidence ?? '')) return undefined;
  return refs.size;
}

/** Whether a baseline risk per 1,000 is its quote's number: "9.4 per 1000", or a percentage p% (p × 10 per 1,000). */
export function baselineInQuote(per1000: number, quote: string): boolean {
  return numbersIn(quote).some((n) => (n.percent ? sameNumber(n.value * 10, per1000) : sameNumber(n.value, per1000)));
}

function checkOutcome(entry: RawEntry, claim: Claim, o: Outcome, i: number, references: Map<string, unknown>, report: Report) {
  const at = (...path: (string | number)[]) => locatePath(entry, ['outcomes', i, ...path]);
  const quotes = claim.sources.map((s) => numbersIn(s.quote));
  const where = "any quote of this claim's sources";
  const hint = 'quote the passage of the record that gives this number under sources:, or correct the number to the one the record gives';
  if (!has(quotes, o.estimate)) report(entry, at('estimate'), `figure "${o.measure} ${o.estimate}" (estimate) is not in ${where}`, hint);
  if (!quotes.some((q) => o.ci.every((v) => q.some((n) => !n.percent && sameNumber(n.value, v))))) {
    report(entry, at('ci'), `figure "${o.ci[0]} to ${o.ci[1]}" (95% CI) is not in ${where}`, 'both ends of the interval must be in one quote, as the record gives them');
  }
  if (o.participants !== undefined && !has(quotes, o.participants, (n) => !n.unit || n.unit === 'people')) {
    report(entry, at('participants'), `figure "${o.participants} participants" is not in ${where}`, hint);
  }
  if (o.studies !== undefined && !has(quotes, o.studies, (n) => !n.unit || n.unit === 'studies') && primaryStudies(claim, references) !== o.studies) {
    report(entry, at('studies'), `figure "${o.studies} studies" is not in ${where}, nor the number of studies the claim's sources are`, 'quote the count of studies (e.g. "33 trials"), or give the number of primary-study references the claim cites');
  }
  o.baseline.forEach((b, j) => {
    if (!baselineInQuote(b.per_1000, b.quote)) {
      report(entry, locatePath(entry, ['outcomes', i, 'baseline', j, 'per_1000']), `figure "${b.per_1000} per 1000" (baseline risk) is not in its quote`, 'quote the comparator group\'s observed risk as the record gives it: "14%" is 140 per 1000, "9.4 per 1000" is 9.4; never an assumed risk the record does not give');
    }
  });
  // Words of the outcome data (its name, follow-up, comparison, comments, reasons) hold figures too.
  const q = quoteFigures([...claim.sources.map((s) => s.quote), ...o.baseline.map((b) => b.quote)]);
  const texts: Array<[(string | number)[], string | undefined]> = [
    [['outcome'], o.outcome],
    [['follow_up'], o.follow_up],
    [['comparison'], o.comparison],
    [['comments'], o.comments],
    ...o.baseline.map((b, j): [(string | number)[], string] => [['baseline', j, 'label'], b.label]),
    ...GRADE_DOMAINS.map((d): [(string | number)[], string | undefined] => [['certainty', d, 'reason'], o.certainty[d].reason]),
    ...o.certainty.upgrades.map((u, j): [(string | number)[], string] => [['certainty', 'upgrades', j, 'reason'], u.reason]),
  ];
  for (const [path, text] of texts) {
    if (!text) continue;
    let from = at(...path);
    for (const f of unsupportedFigures(text, q)) {
      const pos = entry.source.indexOf(f.text, from);
      report(entry, pos === -1 ? from : pos, `figure "${f.text}" is not in ${where}`, 'copy the figure exactly as the source gives it into a quote under sources:, or remove it');
      if (pos !== -1) from = pos + f.text.length;
    }
  }
}

export const figureOutcome: RuleModule = {
  id: 'figure/outcome',
  explanation:
    "A summary-of-findings table is computed from a claim's outcome data, so every number there must be one its sources give: the estimate and both ends of its interval in a quote of the claim, the participants and studies in a quote (or the studies counted from the claim's own study references), each baseline risk in its own quote (a percentage p% is p × 10 per 1,000), and any figure in the outcome's words as the claim's statement is checked.",
  check(facts, report) {
    const { data } = facts;
    for (const [, claim, entry] of entriesOf<Claim>(facts, 'claims')) {
      claim.outcomes?.forEach((o, i) => checkOutcome(entry, claim, o, i, data.references, report));
    }
  },
};
