// How a reference's errata and retractions read on a page: one line each, the gravest first.
import type { Reference } from '../content/schemas.ts';
import { doiUrl } from '../references/format.ts';

export interface CorrectionView {
  kind: string;
  /** "Retraction: Stroke 2016;47(11):e261 (PMID 27777353). Changes: …" */
  text: string;
  href?: string;
}

const ORDER = ['retraction', 'expression of concern', 'correction', 'erratum'];
const LABEL: Record<string, string> = { retraction: 'Retracted', 'expression of concern': 'Expression of concern', correction: 'Correction', erratum: 'Erratum' };

/** The corrections of a reference as lines for a page (none: an empty list). */
export function correctionsOf(ref: Reference): CorrectionView[] {
  return [...(ref.corrections ?? [])]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((c) => ({
      kind: c.kind,
      text: `${LABEL[c.kind]}: ${c.citation}${c.PMID ? ` (PMID ${c.PMID})` : ''}${c.changes ? `. ${c.changes}` : ''}`,
      href: c.DOI ? doiUrl(c.DOI) : c.PMID ? `https://pubmed.ncbi.nlm.nih.gov/${c.PMID}/` : undefined,
    }));
}
