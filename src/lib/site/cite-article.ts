// How to cite one of our articles: a CSL item for the version read, and that item as Vancouver text, BibTeX, RIS
// and CSL-JSON, all through citation-js so reference managers read exactly what the page shows.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { risText } from '../references/ris.ts';

export interface ArticleVersion {
  id: string;
  /** The article's question, which is its title as a document. */
  title: string;
  authors: string[];
  /** Date of the version (YYYY-MM-DD): its last change, else its last review, else its last evidence search. */
  date: string;
  /** The article's URL. */
  url: string;
  /** Where that exact version can be read, when the repository is known (the source file at its commit). */
  versionUrl?: string;
}

export type CitationFormat = 'bibtex' | 'ris' | 'csl';

const parts = (date: string) => date.split('-').map(Number);

/** The article as a CSL-JSON item: a web page published by Open Evidence, dated by its version. */
export function articleCsl(v: ArticleVersion): Record<string, unknown> {
  return {
    id: `open-evidence-${v.id}`,
    type: 'webpage',
    title: v.title,
    author: v.authors.map((literal) => ({ literal })),
    publisher: 'Open Evidence',
    issued: { 'date-parts': [parts(v.date)] },
    URL: v.url,
    ...(v.versionUrl ? { note: `Version read: ${v.versionUrl}` } : {}),
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The Vancouver (NLM) citation of the version: citation-js's text with the "[updated …]" date NLM gives web pages. */
export function vancouverText(v: ArticleVersion): string {
  const text = new Cite([articleCsl(v)]).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }).trim();
  const [y, m, d] = parts(v.date);
  return text.replace(/^\d+\.\s*/, '').replace(/(; \d{4})\. Available from:/, `$1 [updated ${y} ${MONTHS[m - 1]} ${d}]. Available from:`);
}

/** The article's own citation file in a reference manager's format. */
export function articleCitationFile(v: ArticleVersion, format: CitationFormat): string {
  const item = articleCsl(v);
  if (format === 'csl') return JSON.stringify([item], null, 2) + '\n';
  return (format === 'bibtex' ? String(new Cite([item]).format('bibtex')) : risText([item])).trimEnd() + '\n';
}
