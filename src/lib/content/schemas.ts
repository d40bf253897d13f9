// Zod schemas for the six content collections, importable without Astro so the checker validates with them.
import { z } from 'astro/zod';

/** An editor's id: lower-case words joined by hyphens (the file name without extension). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'must be lower-case letters, digits and hyphens, e.g. "neck-pain"');

/** A calendar date written YYYY-MM-DD; YAML parsers that turn it into a Date get it back as text. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2026-11-25"'),
);

const text = z.string().trim().min(1, 'must not be empty');

export const EVIDENCE_TYPES = [
  'guideline',
  'systematic review',
  'RCT',
  'cohort',
  'case-control',
  'case report',
  'narrative review',
  'consensus statement',
  'health service advice',
] as const;
export const STRENGTHS = ['strong', 'conditional'] as const;
export const CERTAINTIES = ['high', 'moderate', 'low', 'very low'] as const;
export const DIRECTIONS = ['for', 'against'] as const;
/**
 * GRADE's paradigmatic situations in which a strong recommendation may rest on low or very low certainty (GRADE
 * guidelines 15, Andrews et al. J Clin Epidemiol 2013; situations 1-3 as tabled in BMJ Open 2017;7:e018593, PMC5701989).
 */
export const GRADE_SITUATIONS = [
  'life-threatening situation',
  'uncertain benefit, certain harm',
  'potential equivalence, one option clearly less risky or costly',
  'high confidence in similar benefits, one option potentially more risky or costly',
  'potential catastrophic harm',
] as const;
const STATUSES = ['draft', 'in review', 'approved'] as const;
/** The get-help tiers, most urgent first: what to do belongs to the tier, never to the sign (src/lib/site/settings.ts words it). */
export const TIERS = ['emergency', 'urgent', 'soon'] as const;
export type Tier = (typeof TIERS)[number];

/** Signs in three tiers, as NHS pages give them: each item is a sign ("New loss of bladder control"), not an action. */
const getHelp = z
  .strictObject({
    emergency: z.array(text).default([]),
    urgent: z.array(text).default([]),
    soon: z.array(text).default([]),
  })
  .default({ emergency: [], urgent: [], soon: [] });

const person = z.strictObject({
  name: text,
  role: z.string().optional(),
});

const reviewer = z.strictObject({
  name: text,
  credentials: text,
  conflicts: text.describe('declared conflicts of interest, or "none declared"'),
  date: isoDate,
});

export const articleSchema = z.strictObject({
  title: text,
  question: text,
  bottom_line: z.strictObject({ clinician: text, patient: text }),
  status: z.enum(STATUSES),
  authors: z.array(person).min(1, 'name at least one author'),
  reviewers: z.array(reviewer).default([]),
  evidence_searched: isoDate,
  last_reviewed: isoDate.optional(),
  next_review_due: isoDate,
  conditions: z.array(id).default([]),
  symptoms: z.array(id).default([]),
  get_help: getHelp,
  related: z.array(id).default([]),
  summary: z.string().optional(),
});

export const claimSourceSchema = z.strictObject({
  ref: id,
  locator: z.string().trim().min(1).optional(),
  quote: text,
});

/** Effect measures of an outcome: ratios (RR, OR, HR), a risk difference, and mean differences (plain or standardised). */
export const MEASURES = ['RR', 'OR', 'HR', 'RD', 'MD', 'SMD'] as const;
export const RATIO_MEASURES = ['RR', 'OR', 'HR'] as const;
export type Measure = (typeof MEASURES)[number];
/** GRADE's five reasons to rate certainty down, in the order GRADEpro tables them. */
export const GRADE_DOMAINS = ['risk_of_bias', 'inconsistency', 'indirectness', 'imprecision', 'publication_bias'] as const;
export type GradeDomain = (typeof GRADE_DOMAINS)[number];
/** A domain's judgement: "serious" rates down one level, "very serious" two. */
export const JUDGEMENTS = ['not serious', 'serious', 'very serious'] as const;
/** GRADE's reasons to rate observational evidence up. */
export const UPGRADE_FACTORS = ['large effect', 'dose-response gradient', 'plausible confounding would reduce the effect'] as const;

const domainJudgement = z
  .strictObject({ judgement: z.enum(JUDGEMENTS), reason: z.string().trim().min(1).optional() })
  .refine((d) => d.judgement === 'not serious' || d.reason !== undefined, { message: 'a downgrade needs its reason, in one sentence', path: ['reason'] });

/** The certainty of one outcome: where GRADE starts (randomised trials high, observational studies low), each domain, any upgrade. */
export const outcomeCertaintySchema = z.strictObject({
  evidence_from: z.enum(['randomised trials', 'observational studies']),
  risk_of_bias: domainJudgement,
  inconsistency: domainJudgement,
  indirectness: domainJudgement,
  imprecision: domainJudgement,
  publication_bias: domainJudgement,
  upgrades: z.array(z.strictObject({ factor: z.enum(UPGRADE_FACTORS), levels: z.union([z.literal(1), z.literal(2)]), reason: text })).default([]),
  /** The rating the judgements give (checked: outcome/certainty). */
  rating: z.enum(CERTAINTIES),
});

/** An assumed comparator risk per 1,000, with the population it describes and the quote it is read from. */
export const baselineRiskSchema = z.strictObject({
  label: text.describe('whose risk it is, e.g. "self-care book group of the trial"'),
  per_1000: z.number().min(0).max(1000),
  ref: id,
  locator: z.string().trim().min(1).optional(),
  quote: text,
});

/** One outcome estimate a claim's sources report: every number is read from a quote of the claim's sources (figure/outcome). */
export const outcomeSchema = z
  .strictObject({
    outcome: text,
    follow_up: text,
    comparison: text.describe('intervention vs comparator, e.g. "massage vs a self-care book"'),
    measure: z.enum(MEASURES),
    estimate: z.number(),
    ci: z.tuple([z.number(), z.number()]).describe('the 95% confidence interval, [low, high]'),
    participants: z.number().int().positive().optional(),
    studies: z.number().int().positive().optional(),
    baseline: z.array(baselineRiskSchema).default([]),
    certainty: outcomeCertaintySchema,
    comments: z.string().trim().min(1).optional(),
  })
  .refine((o) => o.ci[0] <= o.estimate && o.estimate <= o.ci[1], { message: 'the estimate must lie within its confidence interval [low, high]', path: ['ci'] })
  .refine((o) => !(RATIO_MEASURES as readonly string[]).includes(o.measure) || (o.ci[0] > 0 && o.estimate > 0), { message: 'a ratio (RR, OR, HR) and its interval must be above 0', path: ['estimate'] })
  .refine((o) => (RATIO_MEASURES as readonly string[]).includes(o.measure) || o.baseline.length === 0, { message: 'baseline risks belong to ratio measures (RR, OR, HR) only', path: ['baseline'] });

export const claimSchema = z.strictObject({
  statement: text,
  design: z.enum(EVIDENCE_TYPES),
  sources: z.array(claimSourceSchema),
  indirect: z.string().trim().min(1).optional(),
  /** Outcome estimates the sources report, for summary-of-findings tables (src/lib/sof/). */
  outcomes: z.array(outcomeSchema).optional(),
});

export const recommendationSchema = z.strictObject({
  statement: text,
  direction: z.enum(DIRECTIONS),
  strength: z.enum(STRENGTHS),
  certainty: z.enum(CERTAINTIES),
  basis: z.enum(['guideline', 'editorial']),
  guideline: id.optional(),
  population: text,
  claims: z.array(id),
  rationale: text,
  /** Why a strong recommendation rests on low certainty: one of GRADE's paradigmatic situations, and the reasoning. */
  justification: z.strictObject({ situation: z.enum(GRADE_SITUATIONS), reasoning: text }).optional(),
  /** Conditions the recommendation does not apply to (ids): every audience's text must name them. */
  excludes: z.array(id).default([]),
  review_by: isoDate,
});

const cslName = z.union([
  z.strictObject({ family: text, given: z.string().optional(), suffix: z.string().optional() }),
  z.strictObject({ literal: text }),
]);

export const referenceSchema = z.strictObject({
  type: z.enum(['article-journal', 'book', 'chapter', 'report', 'webpage']),
  title: text,
  author: z.array(cslName).min(1).optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  publisher: z.string().optional(),
  volume: z.coerce.string().optional(),
  issue: z.coerce.string().optional(),
  page: z.coerce.string().optional(),
  number: z.coerce.string().optional(),
  issued: z.strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1) }).optional(),
  DOI: z.string().optional(),
  PMID: z.coerce.string().optional(),
  PMCID: z.string().regex(/^PMC\d+$/, 'must be "PMC" followed by digits').optional(),
  URL: z.url({ protocol: /^https?$/ }).optional(),
  evidence: z.enum(EVIDENCE_TYPES),
  verified: z.strictObject({ where: text, date: isoDate }),
  /** The abstract as the record gives it (CSL's field): every quote of this reference is checked against it. */
  abstract: z.string().trim().min(1).optional(),
  /** Where the abstract was read, when not the record `verified.where` names first. */
  abstract_source: z.string().trim().min(1).optional(),
  /** Passages outside the abstract that hold a quote, each exactly as read, with its locator and the record's address. */
  excerpts: z.array(z.strictObject({ locator: text, where: text, text })).optional(),
  /** Errata, corrections and retractions the record lists: shown with the reference and on every page citing it. */
  corrections: z
    .array(
      z.strictObject({
        kind: z.enum(['erratum', 'correction', 'retraction', 'expression of concern']),
        citation: text,
        DOI: z.string().optional(),
        PMID: z.coerce.string().optional(),
        changes: z.string().trim().min(1).optional(),
        seen: text.describe('the record that lists it'),
      }),
    )
    .optional(),
  note: z.string().optional(),
});

export const symptomSchema = z.strictObject({
  name: text,
  lay: z.array(text).min(1, 'give at least one lay name, the words a patient would use'),
  synonyms: z.array(text).default([]),
  region: text,
  red_flags: getHelp,
  conditions: z.array(id).default([]),
});

/** A warning sign from guidance: its words (clinical and everyday), the lowest tier it may be written in, its source. */
export const redFlagSchema = z.strictObject({
  name: text,
  synonyms: z.array(text).default([]),
  lay: z.array(text).min(1, 'give at least one everyday phrase, the words a patient would use'),
  tier: z.enum(TIERS),
  symptoms: z.array(id).default([]),
  conditions: z.array(id).default([]),
  sources: z.array(claimSourceSchema).min(1, 'a red flag needs its guidance source: - { ref, locator, quote }'),
  note: z.string().optional(),
});

export const conditionSchema = z.strictObject({
  name: text,
  synonyms: z.array(text).default([]),
  lay: z.array(text).default([]),
  summary: text,
});

/** Each collection: its schema, its file extension, and what one entry is called ("a claim"). */
export const COLLECTIONS = {
  articles: { schema: articleSchema, ext: '.mdx', kind: 'article' },
  claims: { schema: claimSchema, ext: '.mdx', kind: 'claim' },
  recommendations: { schema: recommendationSchema, ext: '.mdx', kind: 'recommendation' },
  references: { schema: referenceSchema, ext: '.yaml', kind: 'reference' },
  symptoms: { schema: symptomSchema, ext: '.yaml', kind: 'symptom' },
  conditions: { schema: conditionSchema, ext: '.mdx', kind: 'condition' },
  'red-flags': { schema: redFlagSchema, ext: '.yaml', kind: 'red flag' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export type Article = z.infer<typeof articleSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomeCertainty = z.infer<typeof outcomeCertaintySchema>;
export type BaselineRisk = z.infer<typeof baselineRiskSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Symptom = z.infer<typeof symptomSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type GetHelp = Article['get_help'];
