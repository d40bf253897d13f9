// The other direction from from-csl.ts: one of this project's references as a CSL-JSON record, for formatting and export.
import type { Reference } from '../content/schemas.ts';

const CSL_FIELDS = ['type', 'title', 'author', 'container-title', 'container-title-short', 'publisher', 'volume', 'issue', 'page', 'number', 'issued', 'DOI', 'PMID', 'PMCID', 'URL'] as const;

/** The CSL-JSON record of a reference (our extra fields removed), for formatting and export. */
export function toCsl(id: string, ref: Reference): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  for (const key of CSL_FIELDS) if (ref[key] !== undefined) out[key] = ref[key];
  return out;
}
