// substance/universal-negative: "no study has tested…" claims to know every study; write what was found where instead.
import type { Article, Claim, Condition, Recommendation } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { entriesOf, type Report, type RuleModule } from '../rule.ts';

const SUBJECT = String.raw`(?:one|study|studies|trial|trials|research|researchers|RCTs?|randomi[sz]ed(?: controlled)? trials?|(?:controlled|clinical|prospective) (?:trial|trials|study|studies))`;
const VERB = String.raw`(?:has|have|had|ever|yet|(?:\w+ly )?(?:tested|examined|compared|studied|investigated|looked|assessed|evaluated|shown|measured|addressed|reported))`;

/** "No study has…", "no one has tested…", "No trial tested…", "there are no studies…", "no studies exist". */
const UNIVERSAL = new RegExp(
  String.raw`\b(?:no ${SUBJECT} ${VERB}|there (?:are|is|were|was|have been|has been) no ${SUBJECT}|no ${SUBJECT} (?:exists?|is available|are available))\b`,
  'gi',
);
/** A negative with its search attached is fine: "a 2009 review found no study…", "we found no trial…". */
const ATTRIBUTED = /\b(?:found|find|finds|identified|retrieved|located|reported|reports|reviewers?|searched)\s+(?:that\s+)?$/i;

/** Offsets of the universal negatives in a text. */
export function universalNegatives(text: string): Array<{ index: number; words: string }> {
  const out: Array<{ index: number; words: string }> = [];
  for (const m of text.matchAll(UNIVERSAL)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ATTRIBUTED.test(before)) continue;
    out.push({ index: m.index, words: m[0] });
  }
  return out;
}

const HINT = 'write what was found where, with its citation ("a 2009 review found no study of…" [@id]), or "we found none in <search, date>"; framing of our own goes in <Editorial>';

function checkField(entry: RawEntry, path: (string | number)[], text: string, report: Report) {
  const start = locatePath(entry, path);
  for (const n of universalNegatives(text)) {
    const at = entry.source.indexOf(n.words, start);
    report(entry, at === -1 ? start : at, `"${n.words}" claims to know every study; say who searched and found none`, HINT);
  }
}

export const universalNegative: RuleModule = {
  id: 'substance/universal-negative',
  explanation:
    'Nobody knows that no study exists, only that a search found none. "No study has tested…", "there are no trials…" and "no one has tested…" are refused outside <Editorial>; write the search that found none, with its source or date: "a 2009 review found no study…" [@murphy-2009], "we found none in PubMed (searched 2026-11-25)".',
  check(facts, report) {
    const { data, tree } = facts;
    for (const [, a, entry] of entriesOf<Article>(facts, 'articles')) {
      checkField(entry, ['bottom_line', 'clinician'], a.bottom_line.clinician, report);
      checkField(entry, ['bottom_line', 'patient'], a.bottom_line.patient, report);
    }
    for (const [, r, entry] of entriesOf<Recommendation>(facts, 'recommendations')) {
      checkField(entry, ['statement'], r.statement, report);
      checkField(entry, ['rationale'], r.rationale, report);
      if (r.justification) checkField(entry, ['justification', 'reasoning'], r.justification.reasoning, report);
    }
    for (const [id, raw] of data.claims) checkField(tree.byCollection.claims.get(id)!, ['statement'], (raw as Claim).statement, report);
    for (const [id, raw] of data.conditions) checkField(tree.byCollection.conditions.get(id)!, ['summary'], (raw as Condition).summary, report);
    // Body prose outside <Editorial>, in every collection with an MDX body.
    for (const entry of tree.entries) {
      for (const block of entry.mdx?.prose ?? []) {
        if (block.editorial) continue;
        for (const t of block.texts) for (const n of universalNegatives(t.raw)) report(entry, t.offset + n.index, `"${n.words}" claims to know every study; say who searched and found none`, HINT);
      }
    }
  },
};
