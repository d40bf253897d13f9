// An article's references for reference managers: references.json (CSL-JSON) and references.ris (Zotero, EndNote, Mendeley).
import type { APIRoute } from 'astro';
import { siteModel } from '../../../lib/site-model.ts';
import { toCslJson, toRis } from '../../../lib/export-references.ts';

const FORMATS = {
  json: { type: 'application/vnd.citationstyles.csl+json', write: toCslJson },
  ris: { type: 'application/x-research-info-systems', write: toRis },
} as const;

export function getStaticPaths() {
  return [...siteModel().articles.keys()].flatMap((slug) => Object.keys(FORMATS).map((format) => ({ params: { slug, format } })));
}

export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const { type, write } = FORMATS[params.format as keyof typeof FORMATS];
  const list = model.pageCitations('articles', params.slug!).list;
  return new Response(write(list.map((id) => [id, model.references.get(id)!])), { headers: { 'content-type': type } });
};
