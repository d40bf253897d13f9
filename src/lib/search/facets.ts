// What the search index knows about each page: its type, conditions, certainty, sort date and the lay words that reach it.
import type { Article, Condition, Symptom } from '../content/schemas.ts';
import type { SiteModel } from '../site/model.ts';

import type { PageType } from './page-types.ts';

interface PageFacets {
  type: PageType;
  /** Condition names (the filter shows names, not ids). */
  conditions: string[];
  /** Certainty of evidence: a recommendation's own, an article's recommendations'. */
  certainty: string[];
  /** The date the sort "last reviewed" uses: last review, else the evidence search or the source check. */
  reviewed?: string;
  /** Lay names and synonyms of the symptoms and conditions the page concerns, indexed with it. */
  terms: string[];
}

/** The part of the site model the facets are computed from. */
type FacetSource = Pick<
  SiteModel,
  'articles' | 'claims' | 'recommendations' | 'references' | 'symptoms' | 'conditions' | 'articlesUsingClaim' | 'articlesUsingRecommendation' | 'citedBy' | 'bodyItems'
>;

const unique = (xs: Iterable<string>) => [...new Set(xs)];

function latest(dates: Array<string | undefined>): string | undefined {
  return dates.filter((d): d is string => !!d).sort().at(-1);
}

/** Every word a reader might use for a condition or a symptom, clinical name first. */
export function conditionWords(c: Condition): string[] {
  return [c.name, ...c.synonyms, ...c.lay];
}
export function symptomWords(s: Symptom): string[] {
  return [s.name, ...s.lay, ...s.synonyms];
}

export function facetsFor(src: FacetSource, type: PageType, id: string): PageFacets {
  const conditionName = (c: string) => src.conditions.get(c)?.name ?? c;
  const articleConditions = (ids: string[]) => unique(ids.flatMap((a) => src.articles.get(a)?.conditions ?? []));
  const articleDate = (a: Article) => a.last_reviewed ?? a.evidence_searched;
  const termsOf = (conditionIds: string[], symptomIds: string[]) =>
    unique([
      ...conditionIds.flatMap((c) => (src.conditions.has(c) ? conditionWords(src.conditions.get(c)!) : [])),
      ...symptomIds.flatMap((s) => (src.symptoms.has(s) ? symptomWords(src.symptoms.get(s)!) : [])),
    ]);

  switch (type) {
    case 'article': {
      const a = src.articles.get(id)!;
      const recs = src.bodyItems('articles', id).flatMap((i) => (i.kind === 'recommendation' ? [i.id] : []));
      return {
        type,
        conditions: a.conditions.map(conditionName),
        certainty: unique(recs.flatMap((r) => { const c = src.recommendations.get(r)?.certainty; return c ? [c] : []; })),
        reviewed: articleDate(a),
        terms: termsOf(a.conditions, a.symptoms),
      };
    }
    case 'recommendation': {
      const r = src.recommendations.get(id)!;
      const arts = src.articlesUsingRecommendation(id);
      const conds = articleConditions(arts);
      return {
        type,
        conditions: conds.map(conditionName),
        certainty: [r.certainty],
        reviewed: latest(arts.map((a) => articleDate(src.articles.get(a)!))),
        terms: termsOf(conds, []),
      };
    }
    case 'claim': {
      const arts = src.articlesUsingClaim(id);
      return {
        type,
        conditions: articleConditions(arts).map(conditionName),
        certainty: [],
        reviewed: latest(arts.map((a) => articleDate(src.articles.get(a)!))),
        terms: [],
      };
    }
    case 'reference': {
      const r = src.references.get(id)!;
      return {
        type,
        conditions: articleConditions(src.citedBy(id).articles).map(conditionName),
        certainty: [],
        reviewed: r.verified.date,
        terms: [],
      };
    }
    case 'symptom': {
      const s = src.symptoms.get(id)!;
      return { type, conditions: s.conditions.map(conditionName), certainty: [], terms: [] };
    }
    case 'condition': {
      const c = src.conditions.get(id)!;
      return { type, conditions: [c.name], certainty: [], terms: [] };
    }
  }
}

/** The data-pagefind-* attribute values for a page: one "key:value" per filter value (one element each, so values need no escaping). */
export function pagefindAttributes(f: PageFacets): { filters: string[]; meta: string[]; sort?: string } {
  const filters = [`type:${f.type}`, ...f.conditions.map((c) => `condition:${c}`), ...f.certainty.map((c) => `certainty:${c}`)];
  const meta = [`type:${f.type}`, ...(f.certainty.length ? [`certainty:${f.certainty.join(' / ')}`] : [])];
  return { filters, meta, ...(f.reviewed ? { sort: `reviewed:${f.reviewed}` } : {}) };
}
