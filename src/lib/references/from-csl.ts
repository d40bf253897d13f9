// The other direction from to-csl.ts: a CSL-JSON record from any export as this project's reference fields, its id and its YAML file text.
import { DOI_PATTERN, PMID_PATTERN } from '../check/checker.ts';
import { foldToAscii, slugify } from '../content/slug.ts';
import { referenceEditorLines } from '../authoring/scaffold.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}

/** A CSL-JSON item as exports and citation-js produce it (loosely typed: exports vary). */
export interface CslItem {
  type?: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  journalAbbreviation?: string;
  publisher?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string | number;
  number?: string | number;
  issued?: unknown;
  DOI?: string;
  PMID?: string | number;
  PMCID?: string;
  URL?: string;
  [field: string]: unknown;
}

const REFERENCE_TYPES = ['article-journal', 'book', 'chapter', 'report', 'webpage'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export type ReferenceName = { family: string; given?: string; suffix?: string } | { literal: string };

/** The bibliographic part of a reference file (referenceSchema without evidence and verified). */
export interface ImportedReference {
  type: ReferenceType;
  title: string;
  author?: ReferenceName[];
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  issued?: { 'date-parts': number[][] };
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  /** The record's abstract, kept so every quote from it can be checked (quote/not-in-record). */
  abstract?: string;
}

/** CSL types mapped onto the five this project uses; anything else falls back by shape (see mapType). */
const TYPE_MAP: Record<string, ReferenceType> = {
  'article-journal': 'article-journal',
  article: 'article-journal',
  'article-magazine': 'article-journal',
  'article-newspaper': 'article-journal',
  review: 'article-journal',
  'review-book': 'article-journal',
  book: 'book',
  classic: 'book',
  chapter: 'chapter',
  entry: 'chapter',
  'entry-dictionary': 'chapter',
  'entry-encyclopedia': 'chapter',
  'paper-conference': 'chapter',
  report: 'report',
  thesis: 'report',
  standard: 'report',
  legislation: 'report',
  regulation: 'report',
  webpage: 'webpage',
  'post-weblog': 'webpage',
  post: 'webpage',
  dataset: 'webpage',
  software: 'webpage',
};

const clean = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  // eslint-disable-next-line no-control-regex
  const s = String(v).replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
};

/** "https://doi.org/10.1/X", "doi:10.1/X" and "10.1/X." all become "10.1/X" (case kept; DOIs compare case-insensitively). */
export function normaliseDoi(raw: unknown): string | undefined {
  let s = clean(raw);
  if (!s) return undefined;
  if (/^https?:\/\//i.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep it as written */
    }
  }
  s = s.replace(/^https?:\/\/(?:www\.|dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').replace(/[.,;]+$/, '');
  return s || undefined;
}

/** "PMID: 012345" → "12345"; undefined when there are no digits to keep. */
export function normalisePmid(raw: unknown): string | undefined {
  const s = clean(raw)?.replace(/^pmid:?\s*/i, '');
  return s && /^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : undefined;
}

/** "pmc123", "PMC 123" and "123" → "PMC123". */
export function normalisePmcid(raw: unknown): string | undefined {
  const m = /^(?:pmcid:?\s*)?(?:pmc)?\s*(\d+)$/i.exec(clean(raw) ?? '');
  return m ? `PMC${m[1]}` : undefined;
}

/** Maps a CSL type onto the reference types; returns a note when it had to change it. */
export function mapType(item: CslItem): { type: ReferenceType; note?: string } {
  const given = clean(item.type);
  const mapped = given ? TYPE_MAP[given] : undefined;
  if (mapped) return { type: mapped, note: mapped === given || given === 'article' ? undefined : `type "${given}" imported as "${mapped}"` };
  const type: ReferenceType = item['container-title'] ? 'article-journal' : item.URL && !item.publisher ? 'webpage' : 'report';
  return { type, note: `type "${given ?? '(none)'}" imported as "${type}"` };
}

function mapName(n: CslName): ReferenceName | undefined {
  const literal = clean(n.literal);
  if (literal) return { literal };
  const family = clean([n['non-dropping-particle'], n.family].map(clean).filter(Boolean).join(' '));
  const given = clean([n.given, n['dropping-particle']].map(clean).filter(Boolean).join(' '));
  const suffix = clean(n.suffix);
  if (!family) return given ? { literal: given } : undefined;
  // A family name of several words and no given name is an organisation ("World Health Organization").
  if (!given && /\s/.test(family)) return { literal: family };
  return { family, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) };
}

/** The first date of a CSL date (date-parts, raw or literal) as [year, month?, day?]. */
export function mapDate(value: unknown): number[] | undefined {
  let parts: unknown[] | undefined;
  if (typeof value === 'number' || typeof value === 'string') parts = String(value).match(/\d+/g) ?? undefined;
  else if (value && typeof value === 'object') {
    const v = value as { 'date-parts'?: unknown[][]; raw?: string; literal?: string };
    if (Array.isArray(v['date-parts']) && Array.isArray(v['date-parts'][0])) parts = v['date-parts'][0];
    else if (v.raw ?? v.literal) parts = String(v.raw ?? v.literal).match(/\d+/g) ?? undefined;
  }
  const nums = (parts ?? []).map((p) => Number(p)).filter((n) => Number.isInteger(n));
  const year = nums[0];
  if (year === undefined || year < 1000 || year > 9999) return undefined;
  const out = [year];
  if (nums[1] !== undefined && nums[1] >= 1 && nums[1] <= 12) {
    out.push(nums[1]);
    if (nums[2] !== undefined && nums[2] >= 1 && nums[2] <= 31) out.push(nums[2]);
  }
  return out;
}

/** A CSL item as a reference's fields, with notes on anything changed or dropped. Title may be missing: the caller refuses that. */
export function toReference(item: CslItem): { reference: Omit<ImportedReference, 'title'> & { title?: string }; notes: string[] } {
  const notes: string[] = [];
  const { type, note } = mapType(item);
  if (note) notes.push(note);
  const title = clean(item.title)?.replace(/(?<!\.)\.$/, '');
  const author = (item.author ?? []).map(mapName).filter((n): n is ReferenceName => !!n);
  const DOI = normaliseDoi(item.DOI);
  if (DOI && !DOI_PATTERN.test(DOI)) notes.push(`DOI "${DOI}" does not look like a DOI; check it against the source`);
  const PMID = normalisePmid(item.PMID);
  if (item.PMID !== undefined && (!PMID || !PMID_PATTERN.test(PMID))) notes.push(`PMID "${clean(item.PMID)}" is not a PubMed id; left out`);
  const PMCID = normalisePmcid(item.PMCID);
  if (item.PMCID !== undefined && !PMCID) notes.push(`PMCID "${clean(item.PMCID)}" is not a PubMed Central id; left out`);
  let URL = clean(item.URL);
  if (URL && !/^https?:\/\/\S+$/i.test(URL)) {
    notes.push(`URL "${URL}" is not an http(s) address; left out`);
    URL = undefined;
  }
  if (URL && DOI && normaliseDoi(URL)?.toLowerCase() === DOI.toLowerCase()) URL = undefined; // a doi.org link repeats the DOI
  const date = mapDate(item.issued);
  const reference = {
    type,
    title,
    author: author.length ? author : undefined,
    'container-title': clean(item['container-title']),
    'container-title-short': clean(item['container-title-short'] ?? item.journalAbbreviation),
    publisher: clean(item.publisher),
    volume: clean(item.volume),
    issue: clean(item.issue),
    page: clean(item.page)?.replace(/\s*(?:--|–|—)\s*/g, '-'),
    number: clean(item.number),
    issued: date ? { 'date-parts': [date] } : undefined,
    DOI,
    PMID: PMID && PMID_PATTERN.test(PMID) ? PMID : undefined,
    PMCID,
    URL,
    abstract: typeof item.abstract === 'string' ? item.abstract.replace(/\s+/g, ' ').trim() || undefined : undefined,
  };
  return { reference: Object.fromEntries(Object.entries(reference).filter(([, v]) => v !== undefined)) as typeof reference, notes };
}

/** The id a reference would get before any suffix: first author's family name (or organisation) and year, e.g. "muller-2021". */
export function baseId(ref: Pick<ImportedReference, 'author' | 'issued' | 'title'>): string {
  const first = ref.author?.[0];
  const who = first ? slugify('family' in first ? first.family : first.literal) : '';
  const name = who || slugify(foldToAscii(ref.title).split(/\s+/).slice(0, 3).join(' ')) || 'reference';
  const year = ref.issued?.['date-parts'][0][0];
  return `${name}-${year ?? 'nd'}`;
}

/** "smith-2020", then "smith-2020-b", "smith-2020-c", … : the first id not taken. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 1; ; i++) {
    const suffix = i < 26 ? String.fromCharCode(97 + i) : `${i + 1}`;
    const id = `${base}-${suffix}`;
    if (!taken(id)) return id;
  }
}

const q = (s: string) => JSON.stringify(s);

/** The YAML file of an imported reference: bibliographic fields, then evidence and verified left to the editor (FILL). */
export function referenceYaml(ref: ImportedReference, opts: { header?: string; evidenceNote?: string } = {}): string {
  const out: string[] = [];
  if (opts.header) out.push(`# ${opts.header}`);
  out.push(`type: ${ref.type}`, `title: ${q(ref.title)}`);
  if (ref.author) {
    out.push('author:');
    for (const a of ref.author) {
      if ('literal' in a) out.push(`  - literal: ${q(a.literal)}`);
      else {
        out.push(`  - family: ${q(a.family)}`);
        if (a.given) out.push(`    given: ${q(a.given)}`);
        if (a.suffix) out.push(`    suffix: ${q(a.suffix)}`);
      }
    }
  }
  for (const key of ['container-title', 'container-title-short', 'publisher', 'volume', 'issue', 'page', 'number'] as const) {
    const v = ref[key];
    if (v !== undefined) out.push(`${key}: ${q(v)}`);
  }
  if (ref.issued) out.push('issued:', '  date-parts:', `    - [${ref.issued['date-parts'][0].join(', ')}]`);
  for (const key of ['DOI', 'PMID', 'PMCID', 'URL'] as const) {
    const v = ref[key];
    if (v !== undefined) out.push(`${key}: ${q(v)}`);
  }
  out.push(
    ref.abstract !== undefined
      ? `abstract: ${q(ref.abstract)}  # as the export gives it: every quote from this source is checked against it`
      : '# abstract: "…"  (none in the export: paste the record\'s abstract, or quoted passages under excerpts:, so quotes can be checked)',
  );
  out.push(...referenceEditorLines(opts.evidenceNote));
  return `${out.join('\n')}\n`;
}
