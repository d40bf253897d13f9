// Identifiers and dates wherever an export puts them: DOIs (bare, doi.org URLs, percent-encoded, "doi:" prefixes, short DOIs),
// PMIDs and PMCIDs where a record labels them, and years in any of a format's date fields. Shared by every format reader.
import { DOI_PATTERN, PMID_PATTERN } from '../check/checker.ts';

/** Decodes %XX escapes one by one (decodeURIComponent refuses a whole string for one stray "%"). */
export function percentDecode(s: string): string {
  if (!/%[0-9a-f]{2}/i.test(s)) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** A DOI in a DOI field: up to the first space or quote (old Wiley SICI DOIs hold <, >, ; and #). */
const DOI_IN_TEXT = /\b10\.\d{4,9}(?:\.\d+)*\/[^\s"]+/;
const SHORT_DOI = /^10\/[a-z0-9]+$/i;
const DOI_URL = /^(?:https?:\/\/)?(?:www\.|dx\.)?doi\.org\//i;

/** Trailing punctuation that a sentence or list put after the DOI, and an unmatched closing bracket. */
function trimDoi(doi: string): string {
  let s = doi.replace(/[.,;:]+$/, '');
  while (/[)\]}]$/.test(s)) {
    const close = s.slice(-1);
    const open = close === ')' ? '(' : close === ']' ? '[' : '{';
    if (s.split(open).length >= s.split(close).length) break;
    s = s.slice(0, -1);
  }
  return s;
}

export type DoiFind = { doi: string } | { short: string } | undefined;

/**
 * The DOI in one field value. `anywhere`: the field is a DOI field (DO, doi, DOI, M3), so a DOI may sit anywhere in it;
 * otherwise (URLs, notes) only a doi.org link, a publisher's /doi/ link or a "doi:"-labelled DOI counts — and in a note
 * only at the start of the note or of one of its parts, since notes also cite other works (Scopus lists references in N1).
 */
export function findDoi(raw: unknown, anywhere: boolean | 'note'): DoiFind {
  if (anywhere === 'note') {
    const parts = String(raw ?? '').split(/\s*(?:;|\n|\.\s)\s*/);
    for (const part of parts) {
      if (!/^\s*(?:doi\b|https?:\/\/(?:dx\.)?doi\.org\/)/i.test(part)) continue;
      const found = findDoi(part, false);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  let s = String(raw).trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  s = percentDecode(s).replace(/^\{+|\}+$/g, '');
  const url = DOI_URL.test(s);
  const bare = s.replace(DOI_URL, '').replace(/^doi:\s*/i, '').replace(/^doi\s+/i, '').trim();
  if (SHORT_DOI.test(bare) && (anywhere || url)) return { short: bare };
  if (anywhere || url) {
    // A DOI field holds one DOI; Web of Science writes SICI DOIs with a space at the bracket ("…(2000)029 [ 0126:FITEOT]2.0.CO;2").
    const joined = anywhere && /^10\./.test(bare) ? bare.replace(/\s+(?=[[<])|(?<=[[<])\s+/g, '') : bare;
    const m = DOI_IN_TEXT.exec(joined);
    if (m) return { doi: trimDoi(m[0]) };
    return undefined;
  }
  // A labelled DOI inside free text or a link: "doi: 10.1/x", "DOI 10.1/x", a doi.org link anywhere in it, a publisher's
  // "/doi/10.1/x" ("/doi/abs/", "/doi/full/", "/doi/pdf/") link, or a "doi=" query parameter (Scopus record links).
  const labelled = /(?:\bdoi:?\s*|[?&]doi=|(?:https?:\/\/)?(?:dx\.)?doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/|pdfdirect\/)?)(10\.\d{4,9}(?:\.\d+)*\/[^\s"<>?#&]+|10\/[a-z0-9]+\b)/i.exec(s);
  if (!labelled) return undefined;
  return SHORT_DOI.test(labelled[1]) ? { short: labelled[1] } : { doi: trimDoi(labelled[1]) };
}

export interface DoiResult {
  DOI?: string;
  notes: string[];
}

/**
 * The record's DOI from its DOI fields (first that holds one), else from its other fields (URLs, notes) when they hold a
 * doi.org link or a labelled DOI. A short DOI ("10/abcd") is expanded from a full DOI elsewhere in the record, else reported.
 */
export function resolveDoi(doiFields: unknown[], urlFields: unknown[], noteFields: unknown[] = []): DoiResult {
  const notes: string[] = [];
  const finds = [...doiFields.map((v) => findDoi(v, true)), ...urlFields.map((v) => findDoi(v, false)), ...noteFields.map((v) => findDoi(v, 'note'))].filter((f): f is NonNullable<DoiFind> => !!f);
  const full = finds.find((f): f is { doi: string } => 'doi' in f && DOI_PATTERN.test(f.doi));
  const short = finds.find((f): f is { short: string } => 'short' in f);
  const firstIsShort = finds[0] && 'short' in finds[0];
  if (full) {
    if (firstIsShort && short) notes.push(`short DOI ${short.short} written as the full DOI ${full.doi}, found in the record's own URL or notes; check it`);
    return { DOI: full.doi, notes };
  }
  if (short) {
    notes.push(`short DOI ${short.short} left out: the record holds no full DOI; look it up at https://doi.org/${short.short} and add the full DOI`);
    return { notes };
  }
  const odd = finds.find((f): f is { doi: string } => 'doi' in f);
  if (odd) notes.push(`DOI "${odd.doi}" left out: it does not look like a DOI (10.<digits>/<suffix>); check it against the source`);
  else {
    const unparsed = doiFields.find((v) => typeof v === 'string' && v.trim() && /10\.|doi/i.test(v));
    if (unparsed) notes.push(`DOI field "${String(unparsed).trim()}" left out: no DOI found in it; check it against the source`);
  }
  return { notes };
}

const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A PMID a value labels as one: "PMID: 123", "{PMID:} 123", "123 [pmid]", "PubMed ID 123", a PubMed URL. */
export function labelledPmid(raw: unknown): string | undefined {
  const s = asText(raw).replace(/[{}]/g, '');
  const m =
    /\bPMID\s*[:=]?\s*(\d{1,8})\b/i.exec(s) ??
    /\b(\d{1,8})\s*\[(?:pmid|pubmed)\]/i.exec(s) ??
    /\bPub[Mm]ed(?:\s+ID)?\s*[:=]\s*(\d{1,8})\b/.exec(s) ??
    /(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,8})\b/i.exec(s);
  const pmid = m?.[1].replace(/^0+(?=\d)/, '');
  return pmid && PMID_PATTERN.test(pmid) ? pmid : undefined;
}

/** A PMCID a value labels as one: "PMCID: PMC123", "PMC123 [pmcid]", "{PMCID:} PMC123", a PMC URL, or a value that is just "PMC123". */
export function labelledPmcid(raw: unknown): string | undefined {
  const s = asText(raw).replace(/[{}]/g, '');
  const m = /\bPMCID\s*[:=]?\s*(?:PMC)?(\d+)\b/i.exec(s) ?? /\bPMC(\d+)\s*\[(?:pmcid|pmc)\]/i.exec(s) ?? /ncbi\.nlm\.nih\.gov\/pmc\/articles\/PMC(\d+)/i.exec(s) ?? /^\s*PMC(\d+)\s*$/.exec(s);
  return m ? `PMC${m[1]}` : undefined;
}

export const firstOf = <T>(values: unknown[], pick: (v: unknown) => T | undefined): T | undefined => {
  for (const v of values) {
    const found = pick(v);
    if (found !== undefined) return found;
  }
  return undefined;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
};

/** What one date value says: a year if it has one, and a month and day when it names them ("2019/03/15/", "AUG 11", "Mar", "2022 Aug 11", "2015-03", "March 2019"). */
export function looseDate(raw: unknown): { year?: number; month?: number; day?: number } {
  const s = asText(raw).trim();
  if (!s) return {};
  // Numeric: 2019/03/15, 2019-03, 2019///, 2019/03//undefined, 20201005
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return valid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/.exec(s);
  if (numeric) {
    const rest = s.slice(numeric[0].length);
    const named = /^[\s/,-]*([A-Za-z]{3,})\.?(?:[\s/-]+(\d{1,2})\b)?/.exec(rest);
    if (!numeric[2] && named && monthOf(named[1])) return valid(Number(numeric[1]), monthOf(named[1]), named[2] ? Number(named[2]) : undefined);
    return valid(Number(numeric[1]), numeric[2] ? Number(numeric[2]) : undefined, numeric[3] ? Number(numeric[3]) : undefined);
  }
  // Month first: "AUG 11", "Mar", "March 2019", "Aug 11 2019", "11 Aug 2019"
  const m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?(?:[\s-]+(\d{1,2}))?(?:,?\s+(\d{4}))?\b/.exec(s);
  if (m && monthOf(m[2])) return valid(m[4] ? Number(m[4]) : undefined, monthOf(m[2]), m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : undefined);
  // Anything else holding a plausible year ("Spring 2019", "c2004", "(2010)")
  const year = /(?<!\d)(1[5-9]\d{2}|20\d{2})(?!\d)/.exec(s);
  return year ? { year: Number(year[1]) } : {};
}

function valid(year?: number, month?: number, day?: number) {
  const out: { year?: number; month?: number; day?: number } = {};
  if (year !== undefined && year >= 1000 && year <= 9999) out.year = year;
  if (month !== undefined && month >= 1 && month <= 12) {
    out.month = month;
    if (day !== undefined && day >= 1 && day <= 31) out.day = day;
  }
  return out;
}

/**
 * One date from a record's date fields, in the order the format gives them priority: the year from the first field holding
 * one, the month and day from that field, else from a field with no year (Web of Science "DA  - AUG 11") or the same year.
 */
export function combineDates(values: unknown[]): number[] | undefined {
  const dates = values.map(looseDate);
  const withYear = dates.find((d) => d.year !== undefined);
  if (!withYear) return undefined;
  let { month, day } = withYear;
  if (month === undefined) {
    const other = dates.find((d) => d !== withYear && d.month !== undefined && (d.year === undefined || d.year === withYear.year));
    if (other) ({ month, day } = other);
  }
  return [withYear.year!, ...(month ? [month, ...(day ? [day] : [])] : [])];
}
