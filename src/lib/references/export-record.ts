// One record read from a reference export, and the problems reading it gives: the shapes every format's reader shares,
// and the helpers that put a record's identifiers and dates onto its CSL.
import { mapDate, type CslItem } from './from-csl.ts';
import { PMID_PATTERN } from '../check/checker.ts';
import { resolveDoi, labelledPmid, labelledPmcid, firstOf, combineDates } from './identifiers.ts';

/** A problem with an input file, in the checker's shape: path:line:column  message, then a hint. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
  format(): string {
    return `${this.file}:${this.line}:${this.column}  ${this.message}\n    hint: ${this.hint}`;
  }
}

export interface SourceRecord {
  /** 1-based position of the record in the file. */
  index: number;
  /** 1-based line where the record starts. */
  line: number;
  /** How to name the record in messages: its key, PMID or title. */
  label: string;
  csl: CslItem;
  /** PubMed publication types, when the export lists them (a hint for the evidence type). */
  publicationTypes?: string[];
  /** What reading changed or left out (a short DOI expanded or reported, a DOI that is not one), for the editor. */
  notes?: string[];
}

/** Every malformed record of one file, each an ImportError naming the file, record and line. */
export class ImportErrors extends ImportError {
  constructor(
    readonly problems: ImportError[],
    /** How many records of the file were read without a problem (and would be imported with --skip-invalid). */
    readonly valid: number,
  ) {
    const first = problems[0];
    super(first.file, first.line, first.column, problems.length === 1 ? first.message : `${problems.length} malformed records`, first.hint);
    this.name = 'ImportErrors';
  }
  format(): string {
    if (this.problems.length === 1) return this.problems[0].format();
    return `${this.problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`).join('\n')}\n    hint: ${MANY_HINT}`;
  }
}

/** What reading a file gave: the well-formed records, and a problem for each malformed one. */
export interface ReadResult {
  records: SourceRecord[];
  problems: ImportError[];
  /** Records in the file, well-formed or not. */
  total: number;
}

export const FIX_HINT = 'fix this record in the export, or export it again; nothing was imported from this file';
export const MANY_HINT = 'fix these records in the export, or export it again; nothing was imported from this file';


export const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
export const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export type Read = { records: SourceRecord[]; problems: ImportError[]; total: number };

export const texts = (...values: unknown[]): unknown[] => values.flat().filter((v) => v !== undefined && v !== null && v !== '');

/** Puts the DOI, PMID, PMCID and date found in the record's own fields onto its CSL, with notes on what was left out. */
export function settle(csl: CslItem, found: { doi: unknown[]; urls: unknown[]; notes?: unknown[]; pmid: unknown[]; pmcid: unknown[]; labelled: unknown[]; dates: unknown[] }): string[] {
  const { DOI, notes } = resolveDoi(found.doi, found.urls, found.notes);
  if (DOI) csl.DOI = DOI;
  else delete csl.DOI;
  // A PMID field may hold the bare number; any other field counts only where it labels the number as a PMID.
  const bare = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && /^\s*\d{1,8}\s*$/.test(v)) ? String(v).trim().replace(/^0+(?=\d)/, '') : labelledPmid(v));
  const pmid = firstOf(found.pmid, bare) ?? firstOf(found.labelled, labelledPmid);
  if (pmid && PMID_PATTERN.test(pmid)) csl.PMID = pmid;
  const pmcid = firstOf(found.pmcid, labelledPmcid) ?? firstOf(found.labelled, (v) => (/pmc/i.test(String(v)) && !/^\s*PMC\d+\s*$/.test(String(v)) ? labelledPmcid(v) : undefined));
  if (pmcid) csl.PMCID = pmcid;
  const date = combineDates(found.dates);
  if (date && mapDate(csl.issued)?.[0] !== date[0]) csl.issued = { 'date-parts': [date] };
  else if (date && (mapDate(csl.issued)?.length ?? 0) < date.length) csl.issued = { 'date-parts': [date] };
  return notes;
}

