// "Edit this page on GitHub" and "Report a problem with this page" for every entry page, from the repository setting;
// without one there are no links (never broken ones). An article also links the claims and recommendations it places.
import type { SiteModel } from './model.ts';
import type { CollectionName } from '../content/schemas.ts';
import { fileLinks, type Repository } from './repository.ts';
import { entryPath, entryUrl, absoluteUrl } from './urls.ts';

export interface EntryLinks {
  edit: Array<{ label: string; href: string }>;
  report: string;
}

const SINGULAR: Record<CollectionName, string> = {
  articles: 'article',
  claims: 'claim',
  recommendations: 'recommendation',
  references: 'reference',
  symptoms: 'symptom',
  conditions: 'condition',
};

/** The entries a page shows from other files: what an article or condition body places. */
function placedEntries(model: SiteModel, collection: CollectionName, id: string): Array<[CollectionName, string]> {
  if (collection !== 'articles' && collection !== 'conditions') return [];
  return model.bodyItems(collection, id).flatMap((i): Array<[CollectionName, string]> => (i.kind === 'claim' ? [['claims', i.id]] : i.kind === 'recommendation' ? [['recommendations', i.id]] : []));
}

export function entryLinks(model: SiteModel, collection: CollectionName, id: string, repository: Repository | undefined): EntryLinks | undefined {
  if (!repository) return undefined;
  const entries: Array<[CollectionName, string]> = [[collection, id], ...placedEntries(model, collection, id)];
  const edit = entries.map(([c, x], i) => ({ label: i === 0 ? 'Edit this page on GitHub' : `Edit ${SINGULAR[c]} ${x} on GitHub`, href: fileLinks(repository, entryPath(c, x)).edit }));
  const body = `Page: ${absoluteUrl(entryUrl(collection, id))}\nEntry ids: ${entries.map(([c, x]) => `${c}/${x}`).join(', ')}\n\nWhat is wrong (quote the words, and the source that says otherwise if you have one):\n`;
  const report = `${repository.web}/issues/new?${new URLSearchParams({ title: `Problem with ${SINGULAR[collection]} ${id}`, body })}`;
  return { edit, report };
}
