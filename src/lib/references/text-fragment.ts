// Links that lead to the quoted words: a URL text fragment (#:~:text=…), encoded as the URL Fragment Text Directive
// specification says, on the web page of a source's record, so the browser scrolls to the quote and highlights it.
import type { Reference } from '../content/schemas.ts';

/** Percent-encodes a directive term: encodeURIComponent, plus "-" (which the spec reserves with "&" and ","). */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Quotes longer than this are matched by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE = 300;
const EDGE_WORDS = 6;

/** The text directive for a quote: the whole quote, or its first and last words when it is long. */
export function textDirective(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= WHOLE_QUOTE) return `text=${encodeTerm(text)}`;
  const words = text.split(' ');
  return `text=${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
}

/** The record page a quote is best found on: PMC's full text, else the publisher's page, else PubMed's record. */
export function recordPage(ref: Reference): string | undefined {
  if (ref.PMCID) return `https://pmc.ncbi.nlm.nih.gov/articles/${ref.PMCID}/`;
  if (ref.URL && /^https?:\/\//.test(ref.URL)) return ref.URL;
  if (ref.PMID) return `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/`;
  return undefined;
}

/** A link to the quote in its source, or undefined when the source has no web page. */
export function quoteLink(ref: Reference, quote: string): string | undefined {
  const page = recordPage(ref);
  return page ? `${page.split('#')[0]}#:~:${textDirective(quote)}` : undefined;
}
