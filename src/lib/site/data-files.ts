// The site's data files: every entry as JSON at /<collection>/<id>.json; each article's references as
// /articles/<id>/references.json (CSL-JSON) and references.ris, and the article itself as cite.bib/.ris/.json. Written
// straight into the build output (and served by the dev server) rather than rendered as Astro routes one by one.
import type { SiteModel } from './model.ts';
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';
import { toCslJson, toRis } from '../references/export.ts';
import { articleCitationFile, type CitationFormat } from './cite-article.ts';
import { articleVersion } from './article-page.ts';
import { SITE, absoluteUrl, articleFileUrl, entryJsonUrl, entryUrl } from './urls.ts';
import { recommendationSof } from './sof.ts';
import { sofJson } from '../sof/table.ts';
import { sofBundle } from '../sof/fhir.ts';

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

const RECORD_TEXT = new Set(['abstract', 'abstract_source', 'excerpts']);
const withoutRecordText = (ref: Record<string, unknown>) => Object.fromEntries(Object.entries(ref).filter(([k]) => !RECORD_TEXT.has(k)));

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
  // The summary-of-findings rows, computed from the claims' outcome data (src/lib/sof/): the contract outside tools read.
  if (collection === 'recommendations') extra.summary_of_findings = recommendationSof(model, id).map(sofJson);
  // A reference's stored record text (abstract, excerpts) is kept for the quote check only, never published: it is the
  // publisher's text, held in the repository for verification (CONTRIBUTING, "Store the record's text").
  const published = collection === 'references' ? withoutRecordText(data as Record<string, unknown>) : data;
  const body = { collection, id, url: entryUrl(collection, id), ...(published as object), ...extra };
  return { path: entryJsonUrl(collection, id), type: 'application/json; charset=utf-8', body: JSON.stringify(body, null, 2) + '\n' };
}

/** A recommendation's summary of findings as a FHIR R5 Bundle (EBM on FHIR shapes), when it has rows. */
export function recommendationFhir(model: SiteModel, id: string): DataFile | undefined {
  const rec = model.recommendations.get(id);
  if (!rec) return undefined;
  const rows = recommendationSof(model, id);
  if (rows.length === 0) return undefined;
  const bundle = sofBundle({ id, rec, rows, references: model.references, base: SITE, pageUrl: absoluteUrl(entryUrl('recommendations', id)) });
  return { path: `/recommendations/${id}.fhir.json`, type: 'application/fhir+json; charset=utf-8', body: JSON.stringify(bundle, null, 2) + '\n' };
}

/** An article's reference list for reference managers. */
function articleReferences(model: SiteModel, id: string, format: keyof typeof REFERENCE_FORMATS): DataFile | undefined {
  if (!model.articles.has(id)) return undefined;
  const { type, write } = REFERENCE_FORMATS[format];
  const list = model.pageCitations('articles', id).list;
  return { path: articleFileUrl(id, `references.${format}`), type, body: write(list.map((ref) => [ref, model.references.get(ref)!])) };
}

const CITE_FORMATS: Record<string, { format: CitationFormat; type: string }> = {
  bib: { format: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { format: 'ris', type: 'application/x-research-info-systems' },
  json: { format: 'csl', type: 'application/vnd.citationstyles.csl+json' },
};

/** The article itself as a reference-manager file: /articles/<id>/cite.bib, cite.ris, cite.json. */
export function articleCitation(model: SiteModel, id: string, ext: string): DataFile | undefined {
  const spec = CITE_FORMATS[ext];
  if (!model.articles.has(id) || !spec) return undefined;
  return { path: articleFileUrl(id, `cite.${ext}`), type: spec.type, body: articleCitationFile(articleVersion(model, id).version, spec.format) };
}

/** Every data file of the site. */
export function* dataFiles(model: SiteModel): Generator<DataFile> {
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const id of model.check.data[collection].keys()) yield entryJson(model, collection, id)!;
  }
  for (const id of model.recommendations.keys()) {
    const fhir = recommendationFhir(model, id);
    if (fhir) yield fhir;
  }
  for (const id of model.articles.keys()) {
    for (const format of ['json', 'ris'] as const) yield articleReferences(model, id, format)!;
    for (const ext of Object.keys(CITE_FORMATS)) yield articleCitation(model, id, ext)!;
  }
}

/** The data file at a URL path, if there is one (for the dev server). */
export function dataFileAt(model: SiteModel, path: string): DataFile | undefined {
  const entry = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/.exec(path);
  if (entry && entry[1] in COLLECTIONS) return entryJson(model, entry[1] as CollectionName, entry[2]);
  const fhir = /^\/recommendations\/([a-z0-9]+(?:-[a-z0-9]+)*)\.fhir\.json$/.exec(path);
  if (fhir) return recommendationFhir(model, fhir[1]);
  const refs = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/references\.(json|ris)$/.exec(path);
  if (refs) return articleReferences(model, refs[1], refs[2] as 'json' | 'ris');
  const cite = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/cite\.(bib|ris|json)$/.exec(path);
  if (cite) return articleCitation(model, cite[1], cite[2]);
  return undefined;
}
