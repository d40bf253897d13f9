// The checked content tree as the site needs it: typed entries, reverse links and per-page citation numbers, built once.
import { resolve } from 'node:path';
import { checkContent, type CheckOptions, type CheckResult } from '../check/checker.ts';
import { numberCitations, refsOfItem, referenceList, type CitingItem, type SourceLookup } from '../citations/numbering.ts';
import type { Article, Claim, Recommendation, Reference, Symptom, Condition, RedFlag, CollectionName } from '../content/schemas.ts';

export interface CiteRef {
  id: string;
  n: number;
  /** The anchor id of this occurrence on the page, e.g. "cite-3-2" (third reference, second use). */
  anchor: string;
}

export interface PageCitations {
  /** Reference id → number on this page. */
  numbers: Map<string, number>;
  /** Reference ids in number order: the page's reference list. */
  list: string[];
  /** Reference id → anchors of every place it is cited on this page, in order. */
  occurrences: Map<string, string[]>;
  /** For each citing item in page order, the references it brings with their anchors. */
  items: Array<{ item: CitingItem; refs: CiteRef[] }>;
}

export interface SiteModel {
  check: CheckResult;
  articles: Map<string, Article>;
  claims: Map<string, Claim>;
  recommendations: Map<string, Recommendation>;
  references: Map<string, Reference>;
  symptoms: Map<string, Symptom>;
  conditions: Map<string, Condition>;
  redFlags: Map<string, RedFlag>;
  lookup: SourceLookup;
  /** The citing items of an entry's MDX body, in document order. */
  bodyItems(collection: CollectionName, id: string): CitingItem[];
  /** Citation numbers for an entry's own page. */
  pageCitations(collection: CollectionName, id: string): PageCitations;
  /** Articles whose body places this claim (directly or through a recommendation). */
  articlesUsingClaim(id: string): string[];
  articlesUsingRecommendation(id: string): string[];
  /** Everything that cites a reference. */
  citedBy(refId: string): { articles: string[]; claims: string[]; recommendations: string[]; conditions: string[]; redFlags: string[] };
  /** Recommendations resting on a claim (in the order of the content files, as every list here). */
  recommendationsUsingClaim(id: string): string[];
  /** Articles listing a condition, or a symptom, under conditions:/symptoms:. */
  articlesForCondition(id: string): string[];
  articlesForSymptom(id: string): string[];
  /** Symptoms listing a condition. */
  symptomsForCondition(id: string): string[];
  /** Red flags listing a symptom, or a condition, under symptoms:/conditions:. */
  redFlagsForSymptom(id: string): string[];
  redFlagsForCondition(id: string): string[];
}

/** Numbers a page's items and gives each occurrence its anchor; pure, shared by the page and the renderer. */
export function assignAnchors(items: readonly CitingItem[], lookup: SourceLookup): PageCitations {
  const numbers = numberCitations(items, lookup);
  const occurrences = new Map<string, string[]>();
  const out: PageCitations['items'] = items.map((item) => ({
    item,
    refs: refsOfItem(item, lookup).map((id) => {
      const n = numbers.get(id)!;
      const list = occurrences.get(id) ?? [];
      const anchor = `cite-${n}-${list.length + 1}`;
      list.push(anchor);
      occurrences.set(id, list);
      return { id, n, anchor };
    }),
  }));
  return { numbers, list: referenceList(numbers), occurrences, items: out };
}

/** Items that open an entry's own page before its body: a claim's sources, a recommendation's basis. */
export function leadingItems(collection: CollectionName, id: string): CitingItem[] {
  if (collection === 'claims') return [{ kind: 'claim', id }];
  if (collection === 'recommendations') return [{ kind: 'recommendation', id }];
  return [];
}

export function buildSiteModel(root: string, options: CheckOptions = {}): SiteModel {
  return siteModelFromCheck(checkContent(root, options));
}

/** The model of an already checked tree (the build gate checks first, then hands its result over). */
export function siteModelFromCheck(check: CheckResult): SiteModel {
  const d = check.data;
  const claims = d.claims as Map<string, Claim>;
  const recommendations = d.recommendations as Map<string, Recommendation>;
  const references = d.references as Map<string, Reference>;
  const lookup: SourceLookup = {
    // A claim may quote one source several times; it still cites that source once ([1], not [1, 1, 1]).
    claimRefs: (id) => {
      const c = claims.get(id);
      return c && [...new Set(c.sources.map((s) => s.ref))];
    },
    recommendation: (id) => {
      const r = recommendations.get(id);
      return r && { guideline: r.guideline, claims: r.claims };
    },
  };
  // The checker already walked every body; reuse its lists instead of walking again.
  const bodyItems = (collection: CollectionName, id: string): CitingItem[] => check.items.get(`${collection}/${id}`)?.map((l) => l.item) ?? [];
  const pageCache = new Map<string, PageCitations>();
  const pageCitations = (collection: CollectionName, id: string) => {
    const key = `${collection}/${id}`;
    let page = pageCache.get(key);
    if (!page) {
      page = assignAnchors([...leadingItems(collection, id), ...bodyItems(collection, id)], lookup);
      // The reference list holds references that exist. (Only `astro dev` renders a tree citing one that does not:
      // the gate refuses it before a build. The page marks the citation in place instead.)
      if (page.list.some((ref) => !references.has(ref))) page = { ...page, list: page.list.filter((ref) => references.has(ref)) };
      pageCache.set(key, page);
    }
    return page;
  };

  // Reverse links, computed once for the whole site (linear in the number of entries).
  const claimArticles = new Map<string, Set<string>>();
  const recArticles = new Map<string, Set<string>>();
  const refCiters = new Map<string, { articles: Set<string>; claims: Set<string>; recommendations: Set<string>; conditions: Set<string>; redFlags: Set<string> }>();
  const citer = (ref: string) => {
    let c = refCiters.get(ref);
    if (!c) refCiters.set(ref, (c = { articles: new Set(), claims: new Set(), recommendations: new Set(), conditions: new Set(), redFlags: new Set() }));
    return c;
  };
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let s = map.get(key);
    if (!s) map.set(key, (s = new Set()));
    s.add(value);
  };
  for (const [id, claim] of claims) for (const s of claim.sources) citer(s.ref).claims.add(id);
  for (const [id, rec] of recommendations) {
    if (rec.guideline) citer(rec.guideline).recommendations.add(id);
    for (const c of rec.claims) for (const r of lookup.claimRefs(c) ?? []) citer(r).recommendations.add(id);
  }
  for (const id of d.articles.keys()) {
    for (const item of bodyItems('articles', id)) {
      if (item.kind === 'claim') add(claimArticles, item.id, id);
      if (item.kind === 'recommendation') {
        add(recArticles, item.id, id);
        for (const c of recommendations.get(item.id)?.claims ?? []) add(claimArticles, c, id);
      }
      for (const r of refsOfItem(item, lookup)) citer(r).articles.add(id);
    }
  }
  for (const id of d.conditions.keys()) for (const item of bodyItems('conditions', id)) for (const r of refsOfItem(item, lookup)) citer(r).conditions.add(id);
  const claimRecs = new Map<string, Set<string>>();
  for (const [id, rec] of recommendations) for (const c of rec.claims) add(claimRecs, c, id);
  const conditionArticles = new Map<string, Set<string>>();
  const symptomArticles = new Map<string, Set<string>>();
  for (const [id, a] of d.articles as Map<string, Article>) {
    for (const c of a.conditions) add(conditionArticles, c, id);
    for (const s of a.symptoms) add(symptomArticles, s, id);
  }
  const conditionSymptoms = new Map<string, Set<string>>();
  for (const [id, s] of d.symptoms as Map<string, Symptom>) for (const c of s.conditions) add(conditionSymptoms, c, id);
  const symptomFlags = new Map<string, Set<string>>();
  const conditionFlags = new Map<string, Set<string>>();
  for (const [id, f] of d['red-flags'] as Map<string, RedFlag>) {
    for (const s of f.symptoms) add(symptomFlags, s, id);
    for (const c of f.conditions) add(conditionFlags, c, id);
  }
  for (const [id, f] of d['red-flags'] as Map<string, RedFlag>) for (const s of f.sources) citer(s.ref).redFlags.add(id);

  // The pages need the checked data and the body lists, not the blanked copies of the bodies.
  for (const entry of check.tree.entries) entry.body = undefined;

  const sorted = (s?: Set<string>) => [...(s ?? [])].sort();
  return {
    check,
    articles: d.articles as Map<string, Article>,
    claims,
    recommendations,
    references,
    symptoms: d.symptoms as Map<string, Symptom>,
    conditions: d.conditions as Map<string, Condition>,
    redFlags: d['red-flags'] as Map<string, RedFlag>,
    lookup,
    bodyItems,
    pageCitations,
    articlesUsingClaim: (id) => sorted(claimArticles.get(id)),
    articlesUsingRecommendation: (id) => sorted(recArticles.get(id)),
    citedBy: (ref) => {
      const c = refCiters.get(ref);
      return { articles: sorted(c?.articles), claims: sorted(c?.claims), recommendations: sorted(c?.recommendations), conditions: sorted(c?.conditions), redFlags: sorted(c?.redFlags) };
    },
    recommendationsUsingClaim: (id) => [...(claimRecs.get(id) ?? [])],
    articlesForCondition: (id) => [...(conditionArticles.get(id) ?? [])],
    articlesForSymptom: (id) => [...(symptomArticles.get(id) ?? [])],
    symptomsForCondition: (id) => [...(conditionSymptoms.get(id) ?? [])],
    redFlagsForSymptom: (id) => sorted(symptomFlags.get(id)),
    redFlagsForCondition: (id) => sorted(conditionFlags.get(id)),
  };
}

/**
 * One cache per process, not per module instance: astro build loads this module twice (once with the config, for the
 * gate and the remark plugin, and once bundled into the pages), and the content must be read and checked only once.
 */
const CACHE_KEY = Symbol.for('open-evidence.site-model');
const cache: Map<string, SiteModel> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, SiteModel> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/** The site model for a project root, built once per process. */
export function siteModel(root: string = process.cwd()): SiteModel {
  const key = resolve(root);
  let model = cache.get(key);
  if (!model) cache.set(key, (model = buildSiteModel(key)));
  return model;
}

/** Makes `model` the one siteModel(root) returns for the rest of the process (the build gate, once per build). */
export function primeSiteModel(root: string, model: SiteModel): void {
  cache.set(resolve(root), model);
}
