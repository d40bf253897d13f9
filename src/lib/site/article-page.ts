// Everything an article page shows beyond its body, computed from the site model: its source files and change
// history, review sentence, JSON-LD, citation_* tags and how to cite the version read. The page only renders it.
import type { SiteModel } from './model.ts';
import type { Change } from './git-history.ts';
import { gitHistory } from './git-history.ts';
import { readRepository, fileLinks, commitUrl, type Repository } from './repository.ts';
import { entryPath, entryUrl, absoluteUrl } from './urls.ts';
import { citationMeta, type MetaTag } from './page-meta.ts';
import { vancouverText, type ArticleVersion } from './cite-article.ts';
import { formatVancouver, doiUrl } from '../references/format.ts';

export interface ArticlePage {
  /** The article's file, then the claims and recommendations it places. */
  files: string[];
  history: Array<Change & { url?: string }>;
  /** "draft: not yet clinically reviewed", or who reviewed it and when. */
  reviewSentence: string;
  jsonLd: Record<string, unknown>;
  meta: MetaTag[];
  version: ArticleVersion;
  vancouver: string;
}

/** The files an article page shows: the article's own, then those of the claims and recommendations its body places. */
export function articleFiles(model: SiteModel, id: string): string[] {
  const placed = model.bodyItems('articles', id).flatMap((i): Array<['claims' | 'recommendations', string]> =>
    i.kind === 'claim' ? [['claims', i.id]] : i.kind === 'recommendation' ? [['recommendations', i.id]] : [],
  );
  return [entryPath('articles', id), ...placed.map(([c, x]) => entryPath(c, x))];
}

/** The version of an article a reader sees: its date (last change, else last review, else evidence search) and links. */
export function articleVersion(model: SiteModel, id: string, repository: Repository | undefined = readRepository(model.check.tree.root)) {
  const a = model.articles.get(id)!;
  const files = articleFiles(model, id);
  const history = gitHistory(model.check.tree.root, files).map((h) => ({ ...h, ...(repository ? { url: commitUrl(repository, h.hash) } : {}) }));
  const version: ArticleVersion = {
    id,
    title: a.question,
    authors: a.authors.map((p) => p.name),
    date: history[0]?.date ?? a.last_reviewed ?? a.evidence_searched,
    url: absoluteUrl(entryUrl('articles', id)),
    ...(repository && history[0] ? { versionUrl: fileLinks(repository, files[0]).atCommit(history[0].hash) } : {}),
  };
  return { files, history, version };
}

/** The article page's data; `repository` defaults to package.json's setting. */
export function articlePage(model: SiteModel, id: string, repository: Repository | undefined = readRepository(model.check.tree.root)): ArticlePage {
  const a = model.articles.get(id)!;
  const { files, history, version } = articleVersion(model, id, repository);
  const { date, url } = version;
  const reviewed = a.reviewers.length > 0;
  const reviewSentence = reviewed
    ? `${a.status}; clinically reviewed by ${a.reviewers.map((r) => `${r.name}, ${r.credentials} (${r.date}; conflicts: ${r.conflicts})`).join('; ')}`
    : `${a.status}: not yet clinically reviewed`;
  const list = model.pageCitations('articles', id).list;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: a.title,
    headline: a.question,
    url,
    dateModified: date,
    ...(a.last_reviewed ? { lastReviewed: a.last_reviewed } : {}),
    ...(reviewed ? { reviewedBy: a.reviewers.map((r) => ({ '@type': 'Person', name: r.name })) } : {}),
    about: a.conditions.map((c) => ({ '@type': 'MedicalCondition', name: model.conditions.get(c)?.name ?? c })),
    citation: list.map((ref) => {
      const r = model.references.get(ref)!;
      return { '@type': 'ScholarlyArticle', name: r.title, ...(r.DOI ? { sameAs: doiUrl(r.DOI) } : {}) };
    }),
  };
  const meta = citationMeta({ title: a.question, authors: version.authors, date, url, references: list.map((ref) => formatVancouver(ref, model.references.get(ref)!)) });
  return { files, history, reviewSentence, jsonLd, meta, version, vancouver: vancouverText(version) };
}
