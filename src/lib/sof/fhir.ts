// A recommendation's summary of findings as an HL7 FHIR R5 Bundle (type collection) in the shape of the Evidence Based
// Medicine on FHIR IG: a Composition (SummaryOfFindings profile) with a section per outcome, an Evidence per outcome
// (its statistic, 95% CI, sample size and certainty), an EvidenceVariable per outcome, an ArtifactAssessment
// (CertaintyOfEvidence profile) per certainty, and a Citation per source. Pure: the data files write it.
import type { SofRow } from './table.ts';
import { DOMAIN_LABELS } from './certainty.ts';
import type { Recommendation, Reference } from '../content/schemas.ts';

/** The EBM IG profiles we claim (their official URLs as the IG's StructureDefinition pages give them). */
export const PROFILES = {
  summaryOfFindings: 'http://hl7.org/fhir/uv/ebm/StructureDefinition/summary-of-findings',
  certaintyOfEvidence: 'http://hl7.org/fhir/uv/ebm/StructureDefinition/certainty-of-evidence',
} as const;

const MEASURE_NAMES: Record<SofRow['measure'], string> = {
  RR: 'Risk ratio', OR: 'Odds ratio', HR: 'Hazard ratio', RD: 'Risk difference', MD: 'Mean difference', SMD: 'Standardized mean difference',
};
const cc = (text: string) => ({ text });

export interface FhirInput {
  id: string;
  rec: Pick<Recommendation, 'statement' | 'review_by' | 'population'>;
  rows: SofRow[];
  references: Map<string, Reference>;
  /** The site origin and the recommendation's page, for fullUrl and relatesTo. */
  base: string;
  pageUrl: string;
}

export function sofBundle({ id, rec, rows, references, base, pageUrl }: FhirInput) {
  const fhirBase = `${base.replace(/\/$/, '')}/fhir/${id}`;
  const entry = (resource: { resourceType: string; id: string }) => ({ fullUrl: `${fhirBase}/${resource.resourceType}/${resource.id}`, resource });
  const citations = new Map<string, string>();
  const citationOf = (ref: string) => {
    if (!citations.has(ref)) citations.set(ref, `citation-${citations.size + 1}`);
    return `Citation/${citations.get(ref)}`;
  };
  const resources: Array<{ resourceType: string; id: string }> = [];
  const sections = rows.map((r, i) => {
    const n = i + 1;
    const evidenceId = `evidence-${n}`;
    const outcome = { resourceType: 'EvidenceVariable', id: `outcome-${n}`, status: 'active', title: r.outcome, description: `${r.outcome} (${r.follow_up})` };
    const certainty = r.certainty === 'very low' ? 'Very low' : r.certainty[0].toUpperCase() + r.certainty.slice(1);
    const evidence = {
      resourceType: 'Evidence',
      id: evidenceId,
      status: 'active',
      title: `${r.outcome} (${r.follow_up}): ${r.comparison}`,
      description: r.statement,
      relatesTo: [
        { type: 'documentation', targetUri: pageUrl },
        ...r.sources.map((ref) => ({ type: 'derived-from', targetReference: { reference: citationOf(ref) } })),
      ],
      variableDefinition: [
        { description: r.comparison.split(/\s+vs\.?\s+/)[0], variableRole: cc('exposure') },
        { description: r.comparison.split(/\s+vs\.?\s+/)[1] ?? 'comparator', variableRole: cc('referenceExposure') },
        { description: r.outcome, variableRole: cc('measuredVariable'), observed: { reference: `EvidenceVariable/outcome-${n}` } },
      ],
      statistic: [
        {
          description: `${r.measure} ${r.estimate} (95% CI ${r.ci[0]} to ${r.ci[1]})`,
          statisticType: cc(MEASURE_NAMES[r.measure]),
          quantity: { value: r.estimate },
          ...(r.participants !== null || r.studies !== null
            ? { sampleSize: { ...(r.studies !== null ? { numberOfStudies: r.studies } : {}), ...(r.participants !== null ? { numberOfParticipants: r.participants } : {}) } }
            : {}),
          attributeEstimate: [{ type: cc('Confidence interval'), level: 0.95, range: { low: { value: r.ci[0] }, high: { value: r.ci[1] } } }],
        },
        ...(r.baseline ?? []).map((b, j) => ({
          description: `Risk with the comparator, ${b.label}: ${b.per_1000} per 1,000; with the intervention ${r.absolute![j].per_1000} per 1,000 (95% CI ${r.absolute![j].low} to ${r.absolute![j].high})`,
          statisticType: cc('Absolute risk with the intervention per 1,000 (computed from the relative effect)'),
          quantity: { value: r.absolute![j].per_1000, unit: 'per 1000' },
          attributeEstimate: [{ type: cc('Confidence interval'), level: 0.95, range: { low: { value: r.absolute![j].low }, high: { value: r.absolute![j].high } } }],
        })),
      ],
      certainty: [
        {
          description: `${certainty} certainty`,
          type: cc('Overall certainty'),
          rating: cc(certainty),
          subcomponent: r.downgrades.map((d) => ({ description: d.reason, type: cc(DOMAIN_LABELS[d.domain]), rating: cc(d.levels === 2 ? 'very serious concern' : 'serious concern') })),
        },
      ],
    };
    const assessment = {
      resourceType: 'ArtifactAssessment',
      id: `certainty-${n}`,
      meta: { profile: [PROFILES.certaintyOfEvidence] },
      artifactReference: { reference: `Evidence/${evidenceId}` },
      content: [
        { informationType: 'rating', type: cc('Overall certainty'), classifier: [cc(certainty)], summary: `${certainty} certainty (GRADE)` },
        ...r.downgrades.map((d) => ({ informationType: 'rating', type: cc(DOMAIN_LABELS[d.domain]), classifier: [cc(d.levels === 2 ? 'very serious concern' : 'serious concern')], summary: d.reason })),
      ],
    };
    resources.push(evidence, outcome, assessment);
    return { title: `${r.outcome} (${r.follow_up})`, entry: [{ reference: `Evidence/${evidenceId}` }, { reference: `ArtifactAssessment/certainty-${n}` }] };
  });
  const citationResources = [...citations].map(([ref, cid]) => {
    const r = references.get(ref);
    return {
      resourceType: 'Citation',
      id: cid,
      status: 'active',
      title: r?.title ?? ref,
      citedArtifact: {
        ...(r && (r.DOI || r.PMID)
          ? { identifier: [...(r.DOI ? [{ system: 'https://doi.org', value: r.DOI }] : []), ...(r.PMID ? [{ system: 'https://pubmed.ncbi.nlm.nih.gov', value: r.PMID }] : [])] }
          : {}),
        title: [{ text: r?.title ?? ref }],
      },
    };
  });
  const composition = {
    resourceType: 'Composition',
    id: 'summary-of-findings',
    meta: { profile: [PROFILES.summaryOfFindings] },
    status: 'final',
    type: cc('Summary of findings'),
    // When the evidence was last read: the latest verified.date of its sources (the build reads no clock).
    date: [...citations.keys()].map((ref) => references.get(ref)?.verified.date ?? '').sort().at(-1) || rec.review_by,
    author: [{ display: 'Open Evidence editors' }],
    title: `Summary of findings: ${rec.statement}`,
    subject: [{ display: rec.population }],
    section: sections,
  };
  return {
    resourceType: 'Bundle',
    id: `sof-${id}`.slice(0, 64),
    type: 'collection',
    entry: [composition, ...resources, ...citationResources].map(entry),
  };
}
