// The project's integrations as one preset, in the one order that works, so the Astro config lists a single entry.
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import evidenceGate from './gate.ts';
import searchIndex from './search-index.ts';
import dataFiles from './data-files.ts';
import { publishOnSuccess } from './publish-on-success.ts';

/**
 * Every integration of the site, in order: the gate first (it checks the content and builds the site model before
 * anything compiles); MDX and the sitemap; then the search index (built in Pagefind's process, meanwhile) and the data
 * files, both written into the private output; publishing dist/ last, once everything written there is done.
 * Astro flattens the returned list in place.
 */
export default function openEvidence(): AstroIntegration[] {
  return [evidenceGate(), mdx(), sitemap(), searchIndex(), dataFiles(), publishOnSuccess()];
}
