// Formats a reference in Vancouver style with citation-js and its bundled CSL style, offline.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Reference } from '../content/schemas.ts';
import { toCsl } from './to-csl.ts';

// One cache per process, shared by every copy of this module (astro build loads it with the config and in the pages),
// so references formatted ahead of time on another thread (prefetch-vancouver.ts) serve every page.
const CACHE_KEY = Symbol.for('open-evidence.vancouver');
const cache: Map<string, string> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, string> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

const cacheKey = (id: string, ref: Reference) => `${id}\u0000${JSON.stringify(ref)}`;

/** Vancouver (NLM) text for one reference, without the list number. */
export function formatVancouver(id: string, ref: Reference): string {
  const key = cacheKey(id, ref);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const csl = toCsl(id, ref);
  // The DOI, PMID and URL are shown as links beside the entry, so the formatted text carries bibliographic data only.
  delete csl.URL;
  let text = new Cite([csl]).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }).trim().replace(/^\d+\.\s*/, '');
  if (!ref.issued) text = text.replace(/\.?\s*$/, '. Date not stated on the record read.');
  cache.set(key, text);
  return text;
}

/** Links a reader can follow to the source. */
export function sourceLinks(ref: Reference): Array<{ label: string; href: string }> {
  const links: Array<{ label: string; href: string }> = [];
  if (ref.DOI) links.push({ label: `DOI ${ref.DOI}`, href: doiUrl(ref.DOI) });
  if (ref.PMID) links.push({ label: `PubMed ${ref.PMID}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/` });
  if (ref.PMCID) links.push({ label: `PMC ${ref.PMCID.replace(/^PMC/, '')}`, href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.PMCID}/` });
  if (ref.URL && !links.some((l) => l.href === ref.URL)) links.push({ label: 'Publisher or record page', href: ref.URL });
  return links;
}

/** Whether formatVancouver already knows this reference's text. */
export function hasVancouver(id: string, ref: Reference): boolean {
  return cache.has(cacheKey(id, ref));
}

/** Hands formatVancouver a text formatted elsewhere (by formatVancouver itself, on another thread). */
export function rememberVancouver(id: string, ref: Reference, text: string): void {
  cache.set(cacheKey(id, ref), text);
}

/** The doi.org link for a DOI, each part percent-encoded (DOIs may hold <, >, #, ; and ?). */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
