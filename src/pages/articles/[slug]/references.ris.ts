// An article's references as RIS, which Zotero, EndNote and Mendeley import.
import type { APIRoute } from 'astro';
import { siteModel } from '../../../lib/site-model.ts';
import { toRis } from '../../../lib/export-references.ts';

export function getStaticPaths() {
  return [...siteModel().articles.keys()].map((slug) => ({ params: { slug } }));
}

export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const list = model.pageCitations('articles', params.slug!).list;
  return new Response(toRis(list.map((id) => [id, model.references.get(id)!])), { headers: { 'content-type': 'application/x-research-info-systems' } });
};
