// The content files behind a page, from its URL path: what the dev banner lists first.
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';
import type { SiteModel } from './model.ts';
import { articleFiles } from './article-page.ts';
import { entryPath } from './urls.ts';

/** An entry page's files (its own, then the entries it places or rests on); [] for any other page. */
export function pageFiles(model: SiteModel, pathname: string): string[] {
  const m = /^\/([a-z]+)\/([^/]+)\/?$/.exec(pathname);
  if (!m || !Object.hasOwn(COLLECTIONS, m[1])) return [];
  const collection = m[1] as CollectionName;
  let id: string;
  try {
    id = decodeURIComponent(m[2]);
  } catch {
    return [];
  }
  if (collection === 'articles') return articleFiles(model, id);
  const placed = model.bodyItems(collection, id).flatMap((i) => (i.kind === 'claim' ? [entryPath('claims', i.id)] : i.kind === 'recommendation' ? [entryPath('recommendations', i.id)] : []));
  const rests = collection === 'recommendations' ? (model.recommendations.get(id)?.claims ?? []).map((c) => entryPath('claims', c)) : [];
  return [...new Set([entryPath(collection, id), ...rests, ...placed])];
}
