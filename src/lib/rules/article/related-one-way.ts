// article/related-one-way: a related question links back, so a reader can move between them either way.
import type { Article } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import type { RuleModule } from '../rule.ts';

export const relatedOneWay: RuleModule = {
  id: 'article/related-one-way',
  explanation: 'When article A lists B under related:, a reader of B should find A too. Each related: link is written in both articles.',
  check({ data, tree }, report) {
    const articles = data.articles as Map<string, Article>;
    for (const [id, a] of articles) {
      a.related.forEach((other, i) => {
        const b = articles.get(other);
        if (!b || other === id || b.related.includes(id)) return;
        const entry = tree.byCollection.articles.get(id)!;
        report(entry, locatePath(entry, ['related', i]), `"${other}" does not list "${id}" under related:`, `add ${id} to related: in content/articles/${other}.mdx`);
      });
    }
  },
};
