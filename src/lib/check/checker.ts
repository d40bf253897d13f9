// The gate: checks the whole content tree and returns every problem at once, each with file:line:column and a hint.
import type { ZodType } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type Claim, type Recommendation, type Reference, type Article, type Symptom } from '../content/schemas.ts';
import { loadContent, locatePath, type ContentTree, type RawEntry } from '../content/load-content.ts';
import type { Problem } from '../problems/problem.ts';
import type { LocatedItem } from '../citations/citing-items.ts';
import { unknownIdHint, didYouMean } from '../problems/suggest.ts';
import { today as todayOf, daysBetween, isRealDate, type Clock } from '../site/dates.ts';
import { checkSubstance } from './substance.ts';
import { RULES, type RuleId } from '../problems/rules.ts';
import { RULE_MODULES } from '../rules/index.ts';
import { compileRedFlags } from '../triage/red-flags.ts';
import { GRADE_SITUATIONS, type RedFlag } from '../content/schemas.ts';

/** Evidence types whose record can set a red flag's tier: guidance, not a study. */
const GUIDANCE = new Set(['guideline', 'consensus statement', 'health service advice']);
/** Fields renamed by a migration: the hint says what replaced them. */
const RENAMED: Record<string, string> = {
  urgent_help: 'urgent_help was replaced by get_help, in three tiers: get_help: { emergency: [...], urgent: [...], soon: [...] } (each item a sign; the tier says what to do)',
};

/**
 * A DOI as Crossref issues them: "10.", a registrant code (digits, optionally with dot-separated subcodes), "/", and a
 * suffix of any printable characters but spaces (old Wiley DOIs hold <, >, # and ;). A URL or "doi:" prefix is refused.
 */
export const DOI_PATTERN = /^10\.\d{4,9}(?:\.\d+)*\/[\x21-\x7e]+$/;
/** PubMed ids: 1 to 8 digits, no leading zero. */
export const PMID_PATTERN = /^[1-9]\d{0,7}$/;

export interface CheckResult {
  problems: Problem[];
  /** Number of entries read. */
  entries: number;
  /** Validated data by collection and id (entries whose schema failed are absent). */
  data: { [C in CollectionName]: Map<string, unknown> };
  tree: ContentTree;
  /** What each MDX body cites, in document order, keyed "collection/id" (computed once, reused by the site). */
  items: Map<string, LocatedItem[]>;
}

/** Problems that stop a file being read as written: whatever else is reported in that file may follow from them. */
const ROOT_CAUSE = /^(?:files|text|yaml|schema|mdx|entry|element|citation)\//;
/** Problems a body that cannot be parsed makes up (its claims and citations are unknown): left out until it parses. */
const DERIVED = /^(?:figure|outcome|prose|readability|quote|substance|triage|audience|patient)\//;
const UNREADABLE = new Set(['mdx/syntax', 'mdx/no-frontmatter', 'yaml/syntax']);

/**
 * Root cause first: in each file, the problems that stop it being read (a YAML or MDX slip, an unknown id) come before
 * the rest, by line; what an unreadable file's other rules would report is folded into its root cause's hint.
 */
function sortProblems(problems: Problem[]): Problem[] {
  const unreadable = new Map<string, Problem>();
  /** A refused element's line: an unsourced-prose warning there is about the element, not the prose. */
  const refusedAt = new Map<string, Problem>();
  for (const p of problems) {
    if (UNREADABLE.has(p.rule) && !unreadable.has(p.file)) unreadable.set(p.file, p);
    if (p.rule.startsWith('mdx/') && !refusedAt.has(`${p.file}:${p.line}`)) refusedAt.set(`${p.file}:${p.line}`, p);
  }
  // A figure whose sources are unknown (a misspelt reference id) could not be checked: its problem follows from the id.
  const unknownCiteAt = new Map<string, Problem>();
  const unknownRefIn = new Map<string, Problem>();
  for (const p of problems) {
    if (p.rule === 'citation/unknown-reference' && !unknownCiteAt.has(`${p.file}:${p.line}`)) unknownCiteAt.set(`${p.file}:${p.line}`, p);
    if (p.rule === 'entry/unknown-id' && p.message.startsWith('unknown reference id') && !unknownRefIn.has(p.file)) unknownRefIn.set(p.file, p);
  }
  const folded = new Map<Problem, number>();
  const kept = problems.filter((p) => {
    const root =
      unreadable.get(p.file) ??
      (p.rule === 'prose/unsourced' ? refusedAt.get(`${p.file}:${p.line}`) : undefined) ??
      (p.rule === 'figure/body' ? unknownCiteAt.get(`${p.file}:${p.line}`) : undefined) ??
      (p.rule === 'figure/claim' || p.rule === 'quote/not-in-record' ? unknownRefIn.get(p.file) : undefined);
    if (!root || !DERIVED.test(p.rule)) return true;
    folded.set(root, (folded.get(root) ?? 0) + 1);
    return false;
  });
  for (const [root, n] of folded) root.hint = `${root.hint ?? ''}${root.hint ? '; ' : ''}${n} further problem${n === 1 ? "" : "s"} may follow from it (shown once this is fixed)`;
  const rank = (p: Problem) => (ROOT_CAUSE.test(p.rule) ? 0 : 1);
  return kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : rank(a) - rank(b) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1)));
}

export interface CheckOptions {
  /** What "today" is for review dates: a clock or a YYYY-MM-DD date (default: the system clock). */
  today?: Clock | string;
}

/** Checks the content tree rooted at `root` (the folder holding `content/`). */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  return checkTree(loadContent(root), options);
}

export function checkTree(tree: ContentTree, options: CheckOptions = {}): CheckResult {
  const now = todayOf(options.today);
  const problems: Problem[] = [...tree.problems];
  const data = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, new Map()])) as CheckResult['data'];

  const at = (entry: RawEntry, offset: number, rule: RuleId, message: string, hint?: string) => {
    const pos = entry.lines.at(offset);
    // A line still marked "# FILL: …" (from npm run new or import) says best what belongs there.
    const fill = fillComment(entry.source, offset);
    if (fill && !hint?.startsWith('did you mean')) hint = `FILL: ${fill}`;
    problems.push({ rule, file: entry.file, line: pos.line, column: pos.column, message, hint, severity: RULES[rule].severity });
  };
  const atPath = (entry: RawEntry, path: readonly (string | number)[], rule: RuleId, message: string, hint?: string, key = false) =>
    at(entry, locatePath(entry, path, { key }), rule, message, hint);
  /** A review date before today is a warning: the entry still builds, but an editor should re-review it. */
  const reviewDate = (entry: RawEntry, field: string, due: string, hint: string) => {
    if (!isRealDate(due)) return;
    const days = daysBetween(due, now);
    if (days > 0) at(entry, locatePath(entry, [field]), 'review/overdue', `review overdue: ${field} ${due} passed ${days} day${days === 1 ? '' : 's'} ago`, hint);
  };

  // 1. Schemas.
  for (const entry of tree.entries) {
    if (entry.data === undefined) continue;
    const schema = COLLECTIONS[entry.collection].schema as unknown as ZodType;
    const result = schema.safeParse(entry.data);
    if (result.success) {
      data[entry.collection].set(entry.id, result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const field = path.join('.') || '(frontmatter)';
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys((getShape(schema, path) ?? {}) as object);
        for (const key of issue.keys) {
          const near = didYouMean(key, known);
          const hint = RENAMED[key] ?? (near ? `did you mean "${near}"?` : `allowed fields: ${known.join(', ')}`);
          atPath(entry, [...path, key], 'schema/unknown-field', `unknown field "${key}"${path.length ? ` in ${field}` : ''}`, hint, true);
        }
        continue;
      }
      let hint: string | undefined;
      if (issue.code === 'invalid_value' && 'values' in issue) {
        const values = (issue.values as unknown[]).map(String);
        const got = getIn(entry.data, path);
        const near = typeof got === 'string' ? didYouMean(got, values) : undefined;
        hint = near ? `did you mean "${near}"?` : `use one of: ${values.join(' | ')}`;
      } else if (issue.code === 'invalid_type' && getIn(entry.data, path) === undefined) {
        hint = `add the field "${String(path[path.length - 1] ?? field)}"`;
      }
      if (entry.collection === 'recommendations' && path[0] === 'justification') {
        hint = `write justification: { situation: <one of: ${GRADE_SITUATIONS.join(' | ')}>, reasoning: "why, in a sentence or two" } (GRADE's paradigmatic situations for a strong recommendation on low certainty)`;
      }
      const got = getIn(entry.data, path);
      const exists = got !== undefined;
      const placeholder = (got === '' || (Array.isArray(got) && got.length === 0)) && fillComment(entry.source, locatePath(entry, path)) !== undefined;
      atPath(entry, path, !exists ? 'schema/missing-field' : placeholder ? 'schema/placeholder' : 'schema/invalid-value', `${field}: ${placeholder ? 'not filled in yet' : exists ? issue.message : 'required field is missing'}`, hint, !exists);
    }
  }

  const ids = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, [...tree.byCollection[c as CollectionName].keys()]])) as Record<CollectionName, string[]>;
  const refExists = (c: CollectionName, id: string) => tree.byCollection[c].has(id);
  const requireId = (entry: RawEntry, c: CollectionName, id: string, path: (string | number)[], what: string = COLLECTIONS[c].kind) => {
    if (!refExists(c, id)) atPath(entry, path, 'entry/unknown-id', `unknown ${what} id "${id}"`, unknownIdHint(id, ids[c], c));
  };

  // 2. MDX bodies: placeholders left in, the policy, then every id they name.
  const items = new Map<string, LocatedItem[]>();
  for (const entry of tree.entries) {
    if (!entry.mdx || entry.body === undefined) continue;
    for (const m of entry.body.matchAll(/^[ \t]*(FILL:)/gm)) at(entry, m.index + m[0].length - m[1].length, 'mdx/placeholder', 'placeholder text left in the body', 'replace the paragraph starting "FILL:" with your own text');
    for (const v of entry.mdx.violations) at(entry, v.offset, v.rule, v.message, v.hint);
    const located = entry.mdx.items;
    items.set(`${entry.collection}/${entry.id}`, located);
    for (const { item, offsets } of located) {
      if (item.kind === 'cite') {
        item.ids.forEach((id, i) => {
          if (!refExists('references', id)) at(entry, offsets[i], 'citation/unknown-reference', `unknown reference id "@${id}"`, unknownIdHint(id, ids.references, 'references'));
        });
      } else {
        const c: CollectionName = item.kind === 'claim' ? 'claims' : 'recommendations';
        if (!refExists(c, item.id)) at(entry, offsets[0], 'element/unknown-id', `unknown ${item.kind} id "${item.id}"`, unknownIdHint(item.id, ids[c], c));
      }
    }
  }

  // 3. Cross-references and rules per collection.
  for (const [id, raw] of data.claims) {
    const entry = tree.byCollection.claims.get(id)!;
    const claim = raw as Claim;
    if (claim.sources.length === 0) atPath(entry, ['sources'], 'claim/no-source', 'a claim must cite at least one source', 'add a source: - { ref: <reference id>, locator: <where>, quote: "<exact words>" }');
    claim.sources.forEach((s, i) => requireId(entry, 'references', s.ref, ['sources', i, 'ref'], 'reference'));
    claim.outcomes?.forEach((o, i) => o.baseline.forEach((b, j) => requireId(entry, 'references', b.ref, ['outcomes', i, 'baseline', j, 'ref'], 'reference')));
  }

  for (const [id, raw] of data.recommendations) {
    const entry = tree.byCollection.recommendations.get(id)!;
    const rec = raw as Recommendation;
    if (rec.claims.length === 0) atPath(entry, ['claims'], 'recommendation/no-claim', 'a recommendation must rest on at least one claim', 'list the claim ids it rests on under claims:');
    rec.claims.forEach((c, i) => requireId(entry, 'claims', c, ['claims', i]));
    if (rec.basis === 'guideline' && !rec.guideline) atPath(entry, ['basis'], 'recommendation/missing-guideline', 'a guideline recommendation must name its guideline', 'add guideline: <reference id of the guideline>');
    if (rec.guideline) {
      requireId(entry, 'references', rec.guideline, ['guideline'], 'reference');
      const g = data.references.get(rec.guideline) as Reference | undefined;
      if (g && g.evidence !== 'guideline' && g.evidence !== 'consensus statement') atPath(entry, ['guideline'], 'recommendation/not-a-guideline', `reference "${rec.guideline}" is ${/^(?:[aeiou]|RCT$)/i.test(g.evidence) ? 'an' : 'a'} ${g.evidence}, not a guideline`, 'basis: guideline is for a published guideline\'s own recommendation; otherwise use basis: editorial');
    }
    if (rec.strength === 'strong' && (rec.certainty === 'low' || rec.certainty === 'very low') && !rec.justification) {
      atPath(entry, ['strength'], 'recommendation/strong-needs-justification', `a strong recommendation on ${rec.certainty} certainty needs a GRADE justification`, `add justification: { situation: <one of: ${GRADE_SITUATIONS.join(' | ')}>, reasoning: "…" }, or make it conditional`);
    }
    reviewDate(entry, 'review_by', rec.review_by, 'check the recommendation against current evidence and guidelines, update it if needed, then set review_by to the next review date');
  }

  const doiSeen = new Map<string, string>();
  const pmidSeen = new Map<string, string>();
  for (const [id, raw] of data.references) {
    const entry = tree.byCollection.references.get(id)!;
    const ref = raw as Reference;
    if (!ref.DOI && !ref.PMID && !ref.URL) atPath(entry, ['title'], 'reference/no-identifier', 'a reference needs a DOI, a PMID or a URL', 'copy the DOI or PMID from the record you verified');
    if (ref.DOI !== undefined) {
      if (!DOI_PATTERN.test(ref.DOI)) {
        atPath(entry, ['DOI'], 'reference/malformed-doi', `malformed DOI "${ref.DOI}"`, /^https?:|^doi:/i.test(ref.DOI) ? 'write the bare DOI, starting "10.", without "https://doi.org/" or "doi:"' : 'a DOI looks like 10.1234/abc-123');
      } else {
        const key = ref.DOI.toLowerCase();
        const other = doiSeen.get(key);
        if (other) atPath(entry, ['DOI'], 'reference/duplicate-doi', `DOI ${ref.DOI} is already used by reference "${other}"`, `cite "${other}" instead and delete this file`);
        else doiSeen.set(key, id);
      }
    }
    if (ref.PMID !== undefined) {
      if (!PMID_PATTERN.test(ref.PMID)) atPath(entry, ['PMID'], 'reference/malformed-pmid', `malformed PMID "${ref.PMID}"`, 'a PMID is 1 to 8 digits with no leading zero, e.g. "37058018"');
      else {
        const other = pmidSeen.get(ref.PMID);
        if (other) atPath(entry, ['PMID'], 'reference/duplicate-pmid', `PMID ${ref.PMID} is already used by reference "${other}"`, `cite "${other}" instead and delete this file`);
        else pmidSeen.set(ref.PMID, id);
      }
    }
  }

  for (const [id, raw] of data.articles) {
    const entry = tree.byCollection.articles.get(id)!;
    const article = raw as Article;
    article.conditions.forEach((c, i) => requireId(entry, 'conditions', c, ['conditions', i]));
    article.symptoms.forEach((s, i) => requireId(entry, 'symptoms', s, ['symptoms', i]));
    article.related.forEach((r, i) => {
      if (r === id) atPath(entry, ['related', i], 'article/related-to-itself', 'an article cannot be related to itself', 'remove it from related:');
      else requireId(entry, 'articles', r, ['related', i]);
    });
    if (article.status === 'approved' && article.reviewers.length === 0) atPath(entry, ['status'], 'article/approved-without-reviewer', 'an approved article must name the clinician who reviewed it', 'add reviewers: (name, credentials, conflicts, date), or set status: draft');
    if (article.last_reviewed && article.reviewers.length === 0) atPath(entry, ['last_reviewed'], 'article/reviewed-without-reviewer', 'last_reviewed is set but no reviewer is named', 'remove last_reviewed until a named clinician has reviewed the article; evidence_searched records the search date');
    reviewDate(entry, 'next_review_due', article.next_review_due, 'search for new evidence and re-review the article, then update evidence_searched and set next_review_due to the next review date');
    const located = items.get(`articles/${id}`);
    if (located) {
      const cites = located.some(({ item }) => {
        if (item.kind === 'cite') return item.ids.length > 0;
        if (item.kind === 'claim') return ((data.claims.get(item.id) as Claim | undefined)?.sources.length ?? 0) > 0;
        const rec = data.recommendations.get(item.id) as Recommendation | undefined;
        return !!rec && (!!rec.guideline || rec.claims.length > 0);
      });
      if (!cites) at(entry, entry.yamlOffset, 'article/cites-nothing', 'the article cites nothing', 'cite a source with [@id], or place a <Claim id="…" /> or <Recommendation id="…" />');
    }
  }

  for (const [id, raw] of data.symptoms) {
    const entry = tree.byCollection.symptoms.get(id)!;
    (raw as Symptom).conditions.forEach((c, i) => requireId(entry, 'conditions', c, ['conditions', i]));
  }

  for (const [id, raw] of data['red-flags']) {
    const entry = tree.byCollection['red-flags'].get(id)!;
    const flag = raw as RedFlag;
    flag.symptoms.forEach((s, i) => requireId(entry, 'symptoms', s, ['symptoms', i]));
    flag.conditions.forEach((c, i) => requireId(entry, 'conditions', c, ['conditions', i]));
    flag.sources.forEach((s, i) => {
      requireId(entry, 'references', s.ref, ['sources', i, 'ref'], 'reference');
      const ref = data.references.get(s.ref) as Reference | undefined;
      if (ref && !GUIDANCE.has(ref.evidence)) atPath(entry, ['sources', i, 'ref'], 'red-flag/not-guidance', `reference "${s.ref}" is evidence: ${ref.evidence}; a red flag's tier comes from guidance`, 'cite the NHS, NICE or other guidance record that says what to do for this sign (evidence: health service advice, guideline or consensus statement)');
    });
  }

  // 4. Substance: figures rest on quotes, unsourced prose is visible, patient text is readable (check/substance.ts).
  problems.push(...checkSubstance(tree, data));

  // 5. Rule modules (src/lib/rules/): triage, audiences, universal negatives.
  const facts = {
    tree,
    data,
    redFlags: compileRedFlags(data['red-flags']),
    today: now,
    reportAs: (rule: RuleId, entry: RawEntry, offset: number, message: string, hint?: string) => at(entry, offset, rule, message, hint),
  };
  for (const rule of RULE_MODULES) {
    rule.check(facts, (entry, offset, message, hint) => at(entry, offset, rule.id, message, hint));
  }

  return { problems: sortProblems(problems), entries: tree.entries.length, data, tree, items };
}

/** The text of a "# FILL: …" comment on the line holding `offset`, if any. */
function fillComment(source: string, offset: number): string | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const line = source.slice(start, end === -1 ? undefined : end);
  return /\s#\s*FILL:\s*(.+?)\s*$/.exec(line)?.[1];
}

function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** The object shape of a (possibly nested) zod object schema at `path`, to list allowed field names. */
function getShape(schema: ZodType, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let s: unknown = schema;
  for (const key of path) {
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; options?: unknown[] } }).def;
    if (!def) return undefined;
    if (def.type === 'array') s = def.element;
    else if (def.type === 'object') s = def.shape?.[key as string];
    else if (def.type === 'default' || def.type === 'optional') {
      s = def.innerType;
      continue;
    } else return undefined;
    // unwrap optional/default
    for (let guard = 0; guard < 3; guard++) {
      const d = (s as { def?: { type?: string; innerType?: unknown } }).def;
      if (d && (d.type === 'optional' || d.type === 'default')) s = d.innerType;
    }
  }
  for (let guard = 0; guard < 3; guard++) {
    const d = (s as { def?: { type?: string; innerType?: unknown; options?: unknown[] } }).def;
    if (d && (d.type === 'optional' || d.type === 'default')) s = d.innerType;
    else if (d && d.type === 'union' && d.options) s = d.options[0];
  }
  return (s as { shape?: Record<string, unknown> }).shape;
}
