// Which pages a change alters for readers: from the changed entries to every page that shows any of their data
// (their own page, pages placing or citing them, lists naming them), so a reviewer opens exactly those.
import type { SiteModel } from './model.ts';
import type { CollectionName } from '../content/schemas.ts';
import { entryUrl } from './urls.ts';

export interface ChangedEntry {
  collection: CollectionName;
  id: string;
}

/** Pages showing this entry's data, the entry's own page first (absent if the entry no longer exists). */
function pagesShowing(model: SiteModel, { collection, id }: ChangedEntry): string[] {
  const url = (c: CollectionName, x: string) => entryUrl(c, x);
  const own = model.check.data[collection].has(id) ? [url(collection, id)] : [];
  const articlesOf = (claims: string[], recs: string[]) => [...claims.flatMap((c) => model.articlesUsingClaim(c)), ...recs.flatMap((r) => model.articlesUsingRecommendation(r))];
  switch (collection) {
    case 'claims': {
      const claim = model.claims.get(id);
      return [
        ...own,
        ...model.articlesUsingClaim(id).map((a) => url('articles', a)),
        ...model.recommendationsUsingClaim(id).map((r) => url('recommendations', r)),
        ...(claim?.sources ?? []).map((s) => url('references', s.ref)),
      ];
    }
    case 'recommendations': {
      const rec = model.recommendations.get(id);
      return [
        ...own,
        ...model.articlesUsingRecommendation(id).map((a) => url('articles', a)),
        ...(rec?.claims ?? []).map((c) => url('claims', c)),
        ...model.references.keys().filter((r) => model.citedBy(r).recommendations.includes(id)).map((r) => url('references', r)),
      ];
    }
    case 'references': {
      const by = model.citedBy(id);
      return [
        ...own,
        ...by.articles.map((a) => url('articles', a)),
        ...by.claims.map((c) => url('claims', c)),
        ...by.recommendations.map((r) => url('recommendations', r)),
        ...by.conditions.map((c) => url('conditions', c)),
        ...by.redFlags.map((f) => url('red-flags', f)),
        ...articlesOf(by.claims, by.recommendations).map((a) => url('articles', a)),
      ];
    }
    case 'articles': {
      const a = model.articles.get(id);
      return [
        ...own,
        '/',
        '/rss.xml',
        ...[...model.articles].filter(([, other]) => other.related.includes(id)).map(([other]) => url('articles', other)),
        ...(a?.conditions ?? []).map((c) => url('conditions', c)),
        ...(a?.symptoms ?? []).map((s) => url('symptoms', s)),
        // (a claim's "used in" counts articles placing it through a recommendation too)
        ...model.claims.keys().filter((c) => model.articlesUsingClaim(c).includes(id)).map((c) => url('claims', c)),
        ...model.recommendations.keys().filter((r) => model.articlesUsingRecommendation(r).includes(id)).map((r) => url('recommendations', r)),
        ...model.references.keys().filter((r) => model.citedBy(r).articles.includes(id)).map((r) => url('references', r)),
      ];
    }
    case 'symptoms': {
      const s = model.symptoms.get(id);
      return [...own, '/', '/symptoms/', '/search/', ...model.articlesForSymptom(id).map((a) => url('articles', a)), ...(s?.conditions ?? []).map((c) => url('conditions', c))];
    }
    case 'conditions':
      return [
        ...own,
        '/',
        '/conditions/',
        '/search/',
        ...model.articlesForCondition(id).map((a) => url('articles', a)),
        ...model.symptomsForCondition(id).map((s) => url('symptoms', s)),
      ];
    case 'red-flags': {
      // A red flag shows on its own page, on its symptoms' and conditions' pages, and in the get-help box of every
      // article whose items name it (which any article of those symptoms and conditions may do).
      const f = model.redFlags.get(id);
      const symptoms = f?.symptoms ?? [];
      const conditions = f?.conditions ?? [];
      return [
        ...own,
        ...symptoms.map((s) => url('symptoms', s)),
        ...conditions.map((c) => url('conditions', c)),
        ...(f?.sources ?? []).map((s) => url('references', s.ref)),
        ...model.articles.keys().map((a) => url('articles', a)),
      ];
    }
  }
}

/** Every page whose content changes, sorted, each once; pages of entries that no longer exist are listed apart. */
export function affectedPages(model: SiteModel, changed: readonly ChangedEntry[]): { pages: string[]; removed: string[] } {
  const pages = new Set<string>();
  const removed: string[] = [];
  for (const entry of changed) {
    if (!model.check.data[entry.collection].has(entry.id)) removed.push(entryUrl(entry.collection, entry.id));
    for (const p of pagesShowing(model, entry)) pages.add(p);
  }
  return { pages: [...pages].sort(), removed: removed.sort() };
}

/** Where a page is inside the uploaded site artifact (dist/). */
export const artifactPath = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
