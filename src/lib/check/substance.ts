// The substance rules: every figure rests on a quote, unsourced prose is visible, patient-facing text is readable.
import type { ContentTree, RawEntry } from '../content/load-content.ts';
import type { Problem } from '../problems/problem.ts';
import { locatePath } from '../content/load-content.ts';
import { TIERS, type Article, type Claim, type CollectionName, type Recommendation, type Reference } from '../content/schemas.ts';
import { quoteFigures, unsupportedFigures, type QuoteFigures } from './figures.ts';
import { hardSentences, READING_AGE } from './readability.ts';
import { RULES, type RuleId } from '../problems/rules.ts';

/** The exact message and hint of each substance rule (its severity is the catalogue's, problems/rules.ts). */
const SUBSTANCE_RULES = {
  'figure/claim': {
    message: (f: string) => `figure "${f}" is not in any quote of this claim's sources`,
    hint: 'copy the figure exactly as the source gives it into a quote under sources:, or remove it from the statement',
  },
  'figure/recommendation': {
    message: (f: string) => `figure "${f}" is not in any quote of the claims this recommendation rests on`,
    hint: 'list the claim whose quote gives this figure under claims:, or remove the figure',
  },
  'figure/article': {
    message: (f: string) => `figure "${f}" is not in any quote of the claims this article places or of the sources it cites`,
    hint: 'place the claim whose quote gives this figure, with its unit (weeks, trials, people), in the body (<Claim id="…" />), or remove the figure',
  },
  'figure/body': {
    message: (f: string) => `figure "${f}" is not in any quote of the claims placed with this paragraph or of the sources it cites`,
    hint: 'cite the source in the same paragraph ([@id]) or place the claim that quotes it right after, or remove the figure',
  },
  'prose/unsourced': {
    message: () => "unsourced statement: cite a source, or mark it as the editors' voice",
    hint: 'add [@id], place the <Claim id="…" /> it introduces right after it, or wrap editorial framing in <Editorial>…</Editorial>',
  },
  'readability/patient': {
    message: (detail: string) => `hard to read for patients: ${detail}`,
    hint: 'split the sentence, and use everyday words for the long ones (NHS content aims at a reading age of 9 to 11)',
  },
} as const satisfies Partial<Record<RuleId, unknown>>;

type SubstanceRule = keyof typeof SUBSTANCE_RULES;

interface Data {
  claims: Map<string, unknown>;
  recommendations: Map<string, unknown>;
  references: Map<string, unknown>;
  articles: Map<string, unknown>;
  symptoms: Map<string, unknown>;
  conditions: Map<string, unknown>;
}

/** The start of a sentence, enough to find it: its first eight words. */
const excerpt = (sentence: string) => {
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : sentence;
};

/** Runs the substance rules over the validated data; returns their problems. */
export function checkSubstance(tree: ContentTree, data: Data): Problem[] {
  const problems: Problem[] = [];
  const claims = data.claims as Map<string, Claim>;
  const recs = data.recommendations as Map<string, Recommendation>;
  /** A reference's title gives figures too ("2022 American College of Rheumatology guideline"). */
  const titleOf = (ref: string) => (data.references.get(ref) as Reference | undefined)?.title;
  /** Every quote of a reference, from every claim that quotes it. */
  const quotesByRef = new Map<string, string[]>();
  for (const c of claims.values()) for (const s of c.sources) quotesByRef.set(s.ref, [...(quotesByRef.get(s.ref) ?? []), s.quote]);

  const push = (entry: RawEntry, offset: number, rule: SubstanceRule, arg: string) => {
    const pos = entry.lines.at(offset);
    const r = SUBSTANCE_RULES[rule];
    problems.push({ rule, file: entry.file, line: pos.line, column: pos.column, message: r.message(arg), hint: r.hint, severity: RULES[rule].severity });
  };
  /** Checks the figures of a frontmatter string at `path` against quotes. */
  const fieldFigures = (entry: RawEntry, path: (string | number)[], text: string, q: QuoteFigures, rule: SubstanceRule) => {
    let from = locatePath(entry, path);
    for (const f of unsupportedFigures(text, q)) {
      const at = entry.source.indexOf(f.text, from);
      push(entry, at === -1 ? from : at, rule, f.text);
      if (at !== -1) from = at + f.text.length;
    }
  };
  const support = (claimIds: Iterable<string>, refIds: Iterable<string> = []) => {
    const quotes: string[] = [];
    for (const id of claimIds) for (const s of claims.get(id)?.sources ?? []) quotes.push(s.quote, titleOf(s.ref) ?? '');
    for (const ref of refIds) quotes.push(...(quotesByRef.get(ref) ?? []), titleOf(ref) ?? '');
    return { q: quoteFigures(quotes) };
  };
  const entryOf = (c: CollectionName, id: string) => tree.byCollection[c].get(id)!;

  for (const [id, claim] of claims) {
    const { q } = support([id]);
    fieldFigures(entryOf('claims', id), ['statement'], claim.statement, q, 'figure/claim');
  }
  for (const [id, rec] of recs) {
    const { q } = support(rec.claims, rec.guideline ? [rec.guideline] : []);
    const entry = entryOf('recommendations', id);
    fieldFigures(entry, ['statement'], rec.statement, q, 'figure/recommendation');
    fieldFigures(entry, ['rationale'], rec.rationale, q, 'figure/recommendation');
  }

  const readable = (entry: RawEntry, path: (string | number)[], text: string) => {
    let from = locatePath(entry, path);
    for (const s of hardSentences(text)) {
      const head = s.text.slice(0, 24);
      const at = entry.source.indexOf(head, from);
      const words = s.longWords.length ? `; long words: ${s.longWords.join(', ')}` : '';
      push(entry, at === -1 ? from : at, 'readability/patient', `"${excerpt(s.text)}" is above reading age ${READING_AGE} for ${s.agreement} formulas${words}`);
      if (at !== -1) from = at + head.length;
    }
  };

  for (const collection of ['articles', 'conditions'] as const) {
    for (const [id, raw] of data[collection]) {
      const entry = entryOf(collection, id);
      const blocks = entry.mdx?.prose ?? [];
      const placedClaims = new Set<string>();
      const cited = new Set<string>();
      for (const b of blocks) b.cites.forEach((r) => cited.add(r));
      for (const { item } of entry.mdx?.items ?? []) {
        if (item.kind === 'cite') item.ids.forEach((r) => cited.add(r));
        else if (item.kind === 'claim') placedClaims.add(item.id);
        else for (const c of recs.get(item.id)?.claims ?? []) placedClaims.add(c);
      }
      for (const b of blocks) {
        const claimIds = [...b.claims, ...b.recommendations.flatMap((r) => recs.get(r)?.claims ?? [])];
        const { q } = support(claimIds, b.cites);
        for (const t of b.texts) for (const f of unsupportedFigures(t.raw, q)) push(entry, t.offset + f.index, 'figure/body', f.text);
        if (!b.editorial && b.cites.length === 0 && b.claims.length === 0 && b.recommendations.length === 0) push(entry, b.offset, 'prose/unsourced', '');
      }
      if (collection === 'articles') {
        const article = raw as Article;
        const { q } = support(placedClaims, cited);
        fieldFigures(entry, ['bottom_line', 'clinician'], article.bottom_line.clinician, q, 'figure/article');
        fieldFigures(entry, ['bottom_line', 'patient'], article.bottom_line.patient, q, 'figure/article');
        for (const tier of TIERS) article.get_help[tier].forEach((u, i) => fieldFigures(entry, ['get_help', tier, i], u, q, 'figure/article'));
        readable(entry, ['bottom_line', 'patient'], article.bottom_line.patient);
        for (const tier of TIERS) article.get_help[tier].forEach((u, i) => readable(entry, ['get_help', tier, i], u));
      }
      // Conditions' and symptoms' lay: fields are names people search with ("pins and needles"), not sentences: not scored.
    }
  }
  return problems;
}
