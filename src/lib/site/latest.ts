// "Latest articles", in the one order the home page and the RSS feed share: newest evidence search first, then by id.
import type { SiteModel } from './model.ts';
import type { Article } from '../content/schemas.ts';

export function latestArticles(model: SiteModel): Array<[string, Article]> {
  return [...model.articles.entries()].sort((a, b) => b[1].evidence_searched.localeCompare(a[1].evidence_searched) || a[0].localeCompare(b[0]));
}
