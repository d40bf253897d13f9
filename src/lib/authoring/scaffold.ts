// `npm run new`: the starting file of a new entry, schema-shaped, with every field the editor must fill marked "# FILL:".
import { openSync, writeSync, closeSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, ID_PATTERN, EVIDENCE_TYPES, CERTAINTIES, STRENGTHS, DIRECTIONS, type CollectionName } from '../content/schemas.ts';
import { didYouMean } from '../problems/suggest.ts';
import { slugify } from '../content/slug.ts';
import { today as todayOf, addYears, type Clock } from '../site/dates.ts';

/** The kinds an editor can create, and the collection each one lives in. */
export const KINDS = {
  article: 'articles',
  claim: 'claims',
  recommendation: 'recommendations',
  reference: 'references',
  symptom: 'symptoms',
  condition: 'conditions',
  'red-flag': 'red-flags',
} as const satisfies Record<string, CollectionName>;
export type Kind = keyof typeof KINDS;

/** A refusal with the hint an editor needs to go on. */
export class ScaffoldError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

const oneOf = (values: readonly string[]) => values.join(' | ');

/** The lines marking where a reference's evidence type and verification go (shared with the importer). */
export const referenceEditorLines = (evidenceNote?: string) => [
  `evidence: ""  # FILL: the study design, one of: ${oneOf(EVIDENCE_TYPES)}${evidenceNote ? ` (${evidenceNote})` : ''}`,
  'verified:',
  '  where: ""  # FILL: where you checked this record against the source (e.g. the PubMed page and the publisher\'s page) and what you checked',
  '  date: ""  # FILL: the date you checked it, YYYY-MM-DD',
];

/** The text of a new entry of `kind`, dated from `today` (YYYY-MM-DD). Pure: writes nothing. */
export function renderTemplate(kind: Kind, today: string): string {
  const nextYear = addYears(today, 1);
  switch (kind) {
    case 'article':
      return [
        '---',
        'title: ""  # FILL: a short title, e.g. "Massage for neck pain"',
        'question: ""  # FILL: the clinical question the article answers, ending with "?"',
        'bottom_line:',
        '  clinician: ""  # FILL: the answer for clinicians in two to four sentences',
        '  patient: ""  # FILL: the same answer in plain words for patients',
        'status: draft  # stays draft until a named clinician has reviewed the article',
        'authors:',
        '  - name: ""  # FILL: your name (add a "- name:" line for each further author)',
        'reviewers: []  # filled in by the clinician who reviews the article',
        `evidence_searched: "${today}"  # the date you last searched the literature for this article`,
        `next_review_due: "${nextYear}"  # when the article must be reviewed again`,
        'conditions: []  # optional: ids from content/conditions/, e.g. [neck-pain]',
        'symptoms: []  # optional: ids from content/symptoms/',
        'get_help:  # signs only (the tier says what to do); each sign a red flag names must sit at its tier or above',
        '  emergency: []  # "Call 999 or go to A&E now if": e.g. ["New loss of bladder or bowel control"]',
        '  urgent: []  # "Get medical help today (an urgent GP appointment or NHS 111) if"',
        '  soon: []  # "See a GP, or ask for a referral, if"',
        'related: []  # optional: ids of related articles',
        '---',
        '',
        'FILL: write the answer here. Cite a source as `[@reference-id]`, and place a claim or a recommendation on a line of its own as `<Claim id="claim-id" />` or `<Recommendation id="recommendation-id" />`.',
        '',
      ].join('\n');
    case 'claim':
      return [
        '---',
        'statement: ""  # FILL: one atomic factual statement, no stronger than the source',
        `design: ""  # FILL: the study design, one of: ${oneOf(EVIDENCE_TYPES)}`,
        'sources:',
        '  - ref: ""  # FILL: a reference id from content/references/ (add one with npm run import)',
        '    locator: ""  # FILL: where in the source, e.g. "p. 4", "abstract, results" or "table 2"; or delete this line',
        '    quote: ""  # FILL: copy the supporting sentence exactly from the source',
        '# optional: indirect: "how the evidence differs from the question, e.g. spinal manipulation, not massage"',
        '---',
        '',
      ].join('\n');
    case 'recommendation':
      return [
        '---',
        'statement: ""  # FILL: the action: "We recommend …" (strong) or "We suggest …" (conditional)',
        `direction: ""  # FILL: ${oneOf(DIRECTIONS)}`,
        `strength: ""  # FILL: ${oneOf(STRENGTHS)} (GRADE)`,
        `certainty: ""  # FILL: ${oneOf(CERTAINTIES)} (GRADE certainty of the evidence)`,
        'basis: ""  # FILL: guideline (a published guideline\'s own recommendation) | editorial (ours)',
        '# optional: guideline: <reference id of the guideline> (needed when basis is guideline)',
        'population: ""  # FILL: who it applies to',
        'claims: []  # FILL: ids of the claims it rests on, e.g. [claim-one, claim-two]',
        'rationale: ""  # FILL: why this direction, strength and certainty, from the claims',
        '# optional (needed for a strong recommendation on low or very low certainty):',
        '# justification: { situation: <one of GRADE\'s five paradigmatic situations, e.g. life-threatening situation>, reasoning: "…" }',
        '# optional: excludes: [<condition ids it is not for>]',
        `review_by: "${nextYear}"  # when the recommendation must be reviewed again`,
        '---',
        '',
      ].join('\n');
    case 'reference':
      return [
        '# Tip: npm run import -- <file> writes this from a BibTeX, RIS, CSL-JSON or PubMed export.',
        'type: article-journal  # one of: article-journal | book | chapter | report | webpage',
        'title: ""  # FILL: the title exactly as the record gives it',
        'author:',
        '  - family: ""  # FILL: the first author\'s family name (add a "- family:" item for each author, in order)',
        '    given: ""  # given names or initials',
        '# Optional fields: remove the "# " to use one.',
        '# container-title: "journal or book title"',
        '# volume: "1"',
        '# issue: "2"',
        '# page: "10-20"',
        'issued:',
        '  date-parts:',
        '    - []  # FILL: the year of publication, e.g. [2024], or [2024, 3, 15]',
        'DOI: ""  # FILL: the bare DOI, e.g. 10.1234/abc.567; delete this line if the source has none',
        'PMID: ""  # FILL: the PubMed id (digits only); delete this line if there is none',
        '# PMCID: PMC1234567',
        '# URL: "https://…"  (needed when the source has neither DOI nor PMID)',
        ...referenceEditorLines(),
        '',
      ].join('\n');
    case 'symptom':
      return [
        'name: ""  # FILL: the clinical name, e.g. "Paresthesia"',
        'lay: []  # FILL: the words a patient would use, e.g. ["pins and needles", "tingling"]',
        'synonyms: []  # optional: other clinical names',
        'region: ""  # FILL: the body region, e.g. "hands and arms"',
        'red_flags:  # optional: warning signs in tiers, signs only (see content/red-flags/ for the tier each needs)',
        '  emergency: []',
        '  urgent: []',
        '  soon: []',
        'conditions: []  # optional: ids from content/conditions/',
        '',
      ].join('\n');
    case 'condition':
      return [
        '---',
        'name: ""  # FILL: the clinical name, e.g. "Cervical spinal stenosis"',
        'synonyms: []  # optional: other clinical names',
        'lay: []  # optional: the words a patient would use',
        'summary: ""  # FILL: one or two sentences on what the condition is',
        '---',
        '',
      ].join('\n');
    case 'red-flag':
      return [
        'name: ""  # FILL: the sign in clinical words, e.g. "New loss of bladder or bowel control"',
        'synonyms: []  # optional: other clinical words for it',
        'lay: []  # FILL: the everyday words people use, e.g. ["can\'t control my pee", "wetting myself"]',
        'tier: ""  # FILL: the lowest tier its guidance allows: emergency | urgent | soon',
        'symptoms: []  # optional: ids from content/symptoms/',
        'conditions: []  # optional: ids from content/conditions/',
        'sources:  # the guidance record that says what to do for it (NHS, NICE): its exact words, sign and action',
        '  - ref: ""  # FILL: a reference id from content/references/',
        '    locator: ""  # FILL: the section or list the quote is in',
        '    quote: ""  # FILL: the exact words',
        '',
      ].join('\n');
  }
}

/** Checks a kind name, suggesting the nearest one for a typo. */
function parseKind(kind: string | undefined): Kind {
  const kinds = Object.keys(KINDS);
  if (!kind) throw new ScaffoldError('say which kind of entry to create', `npm run new -- <kind> <id>, where kind is one of: ${kinds.join(', ')}`);
  if (Object.hasOwn(KINDS, kind)) return kind as Kind;
  const near = didYouMean(kind, kinds);
  throw new ScaffoldError(`unknown kind "${kind}"`, near ? `did you mean "${near}"? (kinds: ${kinds.join(', ')})` : `use one of: ${kinds.join(', ')}`);
}

/** Checks an id against ID_PATTERN, suggesting its slug. */
function parseId(id: string | undefined, kind: Kind): string {
  if (!id) throw new ScaffoldError(`say the id of the new ${kind}`, `npm run new -- ${kind} <id>, e.g. npm run new -- ${kind} neck-pain; the id becomes the file name`);
  if (ID_PATTERN.test(id)) return id;
  const slug = slugify(id);
  throw new ScaffoldError(
    `"${id}" is not a valid id`,
    `ids are lower-case letters, digits and hyphens${slug ? `; try "${slug}"` : ', e.g. "neck-pain"'}`,
  );
}

interface Created {
  /** Path relative to the root, with forward slashes. */
  path: string;
  text: string;
  next: string;
}

/** Writes the new entry under `<root>/content/`, refusing to overwrite anything. */
export function createEntry(root: string, kindName: string | undefined, idText: string | undefined, clock?: Clock | string): Created {
  const kind = parseKind(kindName);
  const id = parseId(idText, kind);
  const collection = KINDS[kind];
  const path = `content/${collection}/${id}${COLLECTIONS[collection].ext}`;
  const full = join(root, path);
  const exists = () => new ScaffoldError(`${path} already exists`, `choose another id, or edit the existing ${kind} instead`);
  if (existsSync(full)) throw exists();
  const text = renderTemplate(kind, todayOf(clock));
  mkdirSync(join(root, 'content', collection), { recursive: true });
  let fd: number;
  try {
    fd = openSync(full, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    throw err;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return { path, text, next: `fill in every line marked FILL in ${path}, then run npm run check` };
}

/**
 * `npm run new -- question <slug>`: a whole answer started at once: the article, its first claim and its
 * recommendation, already linked (the article places both, the recommendation rests on the claim). Nothing is written
 * if any of the three files exists.
 */
export function createQuestion(root: string, slugText: string | undefined, clock?: Clock | string): Created[] {
  const slug = parseId(slugText, 'article');
  const today = todayOf(clock);
  const claimId = `${slug}-finding`;
  const recId = `${slug}-recommendation`;
  const placements = `\n<Claim id="${claimId}" />\n\n<Recommendation id="${recId}" />\n`;
  const files: Array<{ kind: Kind; id: string; text: string }> = [
    { kind: 'article', id: slug, text: `${renderTemplate('article', today)}${placements}` },
    { kind: 'claim', id: claimId, text: renderTemplate('claim', today) },
    {
      kind: 'recommendation',
      id: recId,
      text: renderTemplate('recommendation', today).replace(/^claims: \[\].*$/m, `claims: [${claimId}]  # the claim started with this question; list more as you write them`),
    },
  ];
  const paths = files.map((f) => `content/${KINDS[f.kind]}/${f.id}${COLLECTIONS[KINDS[f.kind]].ext}`);
  const taken = paths.filter((p) => existsSync(join(root, p)));
  if (taken.length) throw new ScaffoldError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}`, 'choose another slug, or add to the existing files instead');
  const written: string[] = [];
  try {
    files.forEach((f, i) => {
      mkdirSync(join(root, 'content', KINDS[f.kind]), { recursive: true });
      const fd = openSync(join(root, paths[i]), 'wx');
      written.push(paths[i]);
      try {
        writeSync(fd, f.text);
      } finally {
        closeSync(fd);
      }
    });
  } catch (err) {
    // A half-started answer is worse than none: take back what was written.
    for (const p of written) rmSync(join(root, p), { force: true });
    throw err;
  }
  return files.map((f, i) => ({ path: paths[i], text: f.text, next: `fill in every line marked FILL in ${paths[i]}, then run npm run check` }));
}
