// RSS feed of articles, newest evidence search first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteModel } from '../lib/site/model.ts';
import { latestArticles } from '../lib/site/latest.ts';
import { entryUrl } from '../lib/site/urls.ts';

export function GET(context: APIContext) {
  const model = siteModel();
  const items = latestArticles(model).map(([id, a]) => ({
    title: a.question,
    link: entryUrl('articles', id),
    pubDate: new Date(`${a.last_reviewed ?? a.evidence_searched}T00:00:00Z`),
    description: a.bottom_line.patient,
  }));
  return rss({ title: 'Open Evidence: updated articles', description: 'Clinical questions answered with graded recommendations and quoted sources.', site: context.site!, items });
}
