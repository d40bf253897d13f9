// Highwire Press citation_* tags for an article, so Zotero's connector and Google Scholar save it with its references.

export interface MetaTag {
  name: string;
  content: string;
}

export interface ArticleMetaInput {
  title: string;
  /** Author names as the article gives them. */
  authors: string[];
  /** The version's date, YYYY-MM-DD. */
  date: string;
  url: string;
  /** One line per cited source (its Vancouver text). */
  references: string[];
}

/** The tags, in the order Google Scholar's inclusion guidelines list them; dates as YYYY/MM/DD. */
export function citationMeta(a: ArticleMetaInput): MetaTag[] {
  return [
    { name: 'citation_title', content: a.title },
    ...a.authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_publication_date', content: a.date.replaceAll('-', '/') },
    { name: 'citation_publisher', content: 'Open Evidence' },
    { name: 'citation_public_url', content: a.url },
    { name: 'citation_language', content: 'en' },
    ...a.references.map((content) => ({ name: 'citation_reference', content })),
  ];
}
