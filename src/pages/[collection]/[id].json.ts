// Every entry as machine-readable JSON at /<collection>/<id>.json.
import type { APIRoute } from 'astro';
import { siteModel } from '../../lib/site-model.ts';
import { COLLECTIONS, type CollectionName } from '../../lib/schemas.ts';

export function getStaticPaths() {
  const model = siteModel();
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
    [...model.check.data[collection].keys()].map((id) => ({ params: { collection, id } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const collection = params.collection as CollectionName;
  const id = params.id!;
  const data = model.check.data[collection].get(id);
  const extra: Record<string, unknown> = {};
  if (collection === 'articles' || collection === 'claims' || collection === 'recommendations' || collection === 'conditions') {
    const page = model.pageCitations(collection, id);
    extra.references = page.list.map((ref) => ({ id: ref, number: page.numbers.get(ref) }));
  }
  if (collection === 'references') extra.cited_by = model.citedBy(id);
  const body = { collection, id, url: `/${collection}/${id}/`, ...(data as object), ...extra };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
