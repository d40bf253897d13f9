// Change history: one git log pass per build gives each article the same commits as asking git per page did.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gitHistory, historyOf, parseContentLog } from '../../../src/lib/site/git-history.ts';
import { siteModel } from '../../../src/lib/site/model.ts';

const repo = join(import.meta.dirname, '..', '..', '..');

describe('git history', () => {
  it('parses name-only log output into commits and per-file indexes', () => {
    const log = parseContentLog('\0abc1234\t2026-01-02\tSecond\tpart\n\ncontent/a.mdx\ncontent/b.mdx\n\0def5678\t2026-01-01\tFirst\n\ncontent/a.mdx\n');
    expect(log.commits).toEqual([
      { hash: 'abc1234', date: '2026-01-02', subject: 'Second\tpart' },
      { hash: 'def5678', date: '2026-01-01', subject: 'First' },
    ]);
    expect(historyOf(log, ['content/a.mdx']).map((c) => c.hash)).toEqual(['abc1234', 'def5678']);
    expect(historyOf(log, ['content/b.mdx', 'content/a.mdx'], 1).map((c) => c.hash)).toEqual(['abc1234']);
    expect(historyOf(log, ['content/none.mdx'])).toEqual([]);
  });

  it('gives every article the commits `git log -n20 -- <its files>` gives', () => {
    const model = siteModel(repo);
    const articles = readdirSync(join(repo, 'content', 'articles')).map((f) => f.replace(/\.mdx$/, ''));
    expect(articles.length).toBeGreaterThan(0);
    for (const id of articles) {
      const items = model.bodyItems('articles', id);
      const files = [
        `content/articles/${id}.mdx`,
        ...items.flatMap((i) => (i.kind === 'claim' ? [`content/claims/${i.id}.mdx`] : i.kind === 'recommendation' ? [`content/recommendations/${i.id}.mdx`] : [])),
      ];
      const perPage = execFileSync('git', ['log', '-n20', '--no-merges', '--format=%h%x09%ad%x09%s', '--date=short', '--', ...files], { cwd: repo, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [hash, date, ...rest] = line.split('\t');
          return { hash, date, subject: rest.join('\t') };
        });
      expect(gitHistory(repo, files), id).toEqual(perPage);
    }
  });

  it('is empty outside a git checkout', () => {
    expect(gitHistory('/', ['content/articles/x.mdx'])).toEqual([]);
  });
});
