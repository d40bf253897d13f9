// quote/not-in-record and quote/unverified: every quote is found in the record text its reference stores.
import type { Claim, RedFlag, Reference } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { closestSentence, quoteInText } from '../../quotes/normalize.ts';
import type { Report, RuleFacts, RuleModule } from '../rule.ts';

const cut = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The record text a reference stores: its abstract and its excerpts, joined (each checked separately). */
export function recordTexts(ref: Reference): string[] {
  return [ref.abstract, ...(ref.excerpts ?? []).map((e) => e.text)].filter((t): t is string => !!t);
}

function checkSources(facts: RuleFacts, entry: RawEntry, sources: ReadonlyArray<{ ref: string; quote: string }>, report: Report, unverified: Report, pathOf: (i: number) => (string | number)[] = (i) => ['sources', i, 'quote']) {
  sources.forEach((s, i) => {
    const ref = facts.data.references.get(s.ref) as Reference | undefined;
    if (!ref) return; // entry/unknown-id reports it
    const at = locatePath(entry, pathOf(i));
    const texts = recordTexts(ref);
    if (texts.length === 0) {
      unverified(entry, at, `reference "${s.ref}" stores no record text, so this quote cannot be checked against it`, `add the record's abstract as abstract: (npm run import keeps it), or the passage holding the quote under excerpts: in content/references/${s.ref}.yaml`);
      return;
    }
    if (texts.some((t) => quoteInText(s.quote, t))) return;
    const near = texts.map((t) => closestSentence(s.quote, t)).find(Boolean);
    report(
      entry,
      at,
      `this quote is not in the record text of "${s.ref}" (its abstract${ref.excerpts?.length ? ' and excerpts' : ''})`,
      near ? `the closest sentence of the record is: "${cut(near)}"; copy the words exactly (quotes, dashes and spaces may differ; "…" marks a gap)` : 'copy the quote exactly from the record, or add the passage it comes from under excerpts: with its locator and address',
    );
  });
}

export const quoteNotInRecord: RuleModule = {
  id: 'quote/not-in-record',
  explanation:
    'Every quote must be copied exactly from its source. Each reference stores the text read on its record (abstract:, and excerpts: for passages outside the abstract), and every quote of a claim (and the baseline risks of its outcomes) or red flag must be found in it. Copying may change only curly quotes, dashes, spaces, line breaks and Unicode forms; an ellipsis ("…") marks a gap.',
  check(facts, report) {
    const unverified: Report = (entry, offset, message, hint) => facts.reportAs?.('quote/unverified', entry, offset, message, hint);
    for (const [id, raw] of facts.data.claims) {
      const entry = facts.tree.byCollection.claims.get(id)!;
      checkSources(facts, entry, (raw as Claim).sources, report, unverified);
      // An outcome's baseline risks quote their own sources.
      (raw as Claim).outcomes?.forEach((o, i) => checkSources(facts, entry, o.baseline, report, unverified, (j) => ['outcomes', i, 'baseline', j, 'quote']));
    }
    for (const [id, raw] of facts.data['red-flags']) checkSources(facts, facts.tree.byCollection['red-flags'].get(id)!, (raw as RedFlag).sources, report, unverified);
  },
};
