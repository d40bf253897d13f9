// The site's data files: every entry as JSON at /<collection>/<id>.json, and each article's references as
// /articles/<id>/references.json (CSL-JSON) and references.ris. Written straight into the build output (and served
// by the dev server) rather than rendered as tens of thousands of Astro routes one by one.
import type { SiteModel } from './model.ts';
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';
import { toCslJson, toRis } from '../references/export.ts';

interface DataFile {
  /** URL path, e.g. "/claims/some-claim.json". */
  path: string;
  type: string;
  body: string;
}

const REFERENCE_FORMATS = {
  json: { type: 'application/vnd.citationstyles.csl+json', write: toCslJson },
  ris: { type: 'application/x-research-info-systems', write: toRis },
} as const;

/** An entry's JSON: its checked data, its URL, the numbered references of its page, or what cites it. */
function entryJson(model: SiteModel, collection: CollectionName, id: string): DataFile | undefined {
  const data = model.check.data[collection].get(id);
  if (data === undefined) return undefined;
  const extra: Record<string, unknown> = {};
  if (collection === 'articles' || collection === 'claims' || collection === 'recommendations' || collection === 'conditions') {
    const page = model.pageCitations(collection, id);
    extra.references = page.list.map((ref) => ({ id: ref, number: page.numbers.get(ref) }));
  }
  if (collection === 'references') extra.cited_by = model.citedBy(id);
  const body = { collection, id, url: `/${collection}/${id}/`, ...(data as object), ...extra };
  return { path: `/${collection}/${id}.json`, type: 'application/json; charset=utf-8', body: JSON.stringify(body, null, 2) + '\n' };
}

/** An article's reference list for reference managers. */
function articleReferences(model: SiteModel, id: string, format: keyof typeof REFERENCE_FORMATS): DataFile | undefined {
  if (!model.articles.has(id)) return undefined;
  const { type, write } = REFERENCE_FORMATS[format];
  const list = model.pageCitations('articles', id).list;
  return { path: `/articles/${id}/references.${format}`, type, body: write(list.map((ref) => [ref, model.references.get(ref)!])) };
}

/** Every data file of the site. */
export function* dataFiles(model: SiteModel): Generator<DataFile> {
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const id of model.check.data[collection].keys()) yield entryJson(model, collection, id)!;
  }
  for (const id of model.articles.keys()) for (const format of ['json', 'ris'] as const) yield articleReferences(model, id, format)!;
}

/** The data file at a URL path, if there is one (for the dev server). */
export function dataFileAt(model: SiteModel, path: string): DataFile | undefined {
  const entry = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/.exec(path);
  if (entry && entry[1] in COLLECTIONS) return entryJson(model, entry[1] as CollectionName, entry[2]);
  const refs = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/references\.(json|ris)$/.exec(path);
  if (refs) return articleReferences(model, refs[1], refs[2] as 'json' | 'ris');
  return undefined;
}
