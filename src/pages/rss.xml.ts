// RSS feed of articles, newest evidence search first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteModel } from '../lib/site/model.ts';

export function GET(context: APIContext) {
  const model = siteModel();
  const items = [...model.articles.entries()]
    .sort((a, b) => b[1].evidence_searched.localeCompare(a[1].evidence_searched) || a[0].localeCompare(b[0]))
    .map(([id, a]) => ({
      title: a.question,
      link: `/articles/${id}/`,
      pubDate: new Date(`${a.last_reviewed ?? a.evidence_searched}T00:00:00Z`),
      description: a.bottom_line.patient,
    }));
  return rss({ title: 'Open Evidence: updated articles', description: 'Clinical questions answered with graded recommendations and quoted sources.', site: context.site!, items });
}
