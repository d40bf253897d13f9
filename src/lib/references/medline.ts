// Reads PubMed's MEDLINE/.nbib export (citation-js's PubMed plugin cannot be installed next to core 0.8) and maps it to CSL.
import type { CslItem } from './from-csl.ts';

interface MedlineField {
  tag: string;
  value: string;
  /** 1-based line of the tag. */
  line: number;
}

interface MedlineRecord {
  /** 1-based line where the record starts (its PMID- line). */
  line: number;
  fields: MedlineField[];
}

/** A line that is neither a tag, a continuation nor blank; `line` is 1-based. */
export class MedlineSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly record: number,
    /** The record being read, when the error is inside one. */
    readonly current?: { pmid: string; line: number },
  ) {
    super(message);
    this.name = 'MedlineSyntaxError';
  }
}

/** Tag lines: a tag of 2 to 4 capitals or digits, padded to 4 characters, then "- ". */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*)$/;
/** Continuation lines are indented by six spaces. */
const CONTINUATION = /^ {6}(.*)$/;

/** True when the text looks like a MEDLINE export (a line starting "PMID- "). */
export function looksLikeMedline(text: string): boolean {
  return /^PMID- ?\d/m.test(text);
}

/** Splits a MEDLINE export into records of tagged fields, joining continuation lines. */
export function parseMedline(text: string): MedlineRecord[] {
  const records: MedlineRecord[] = [];
  let current: MedlineRecord | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      current = undefined;
      return;
    }
    const cont = CONTINUATION.exec(raw);
    if (cont) {
      const last = current?.fields[current.fields.length - 1];
      if (!last) throw new MedlineSyntaxError('continuation line outside a record (a line indented by six spaces must follow a tag line)', line, records.length + 1);
      last.value = `${last.value} ${cont[1].trim()}`.trim();
      return;
    }
    const tag = TAG_LINE.exec(raw);
    const inside = current ? { pmid: current.fields[0].value, line: current.line } : undefined;
    if (!tag) throw new MedlineSyntaxError(`not a MEDLINE line: "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}" (expected "TAG - value" or a continuation indented by six spaces)`, line, records.length + (current ? 0 : 1), inside);
    if (!current) {
      if (tag[1] !== 'PMID') throw new MedlineSyntaxError(`a record must start with "PMID- ", found "${tag[1]}"`, line, records.length + 1);
      current = { line, fields: [] };
      records.push(current);
    } else if (tag[1] === 'PMID') {
      throw new MedlineSyntaxError('a second PMID in one record (records are separated by a blank line)', line, records.length, inside);
    }
    current.fields.push({ tag: tag[1], value: tag[2].trim(), line });
  });
  return records;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2022 Mar 15" → [2022, 3, 15]; "2022 Mar-Apr" → [2022, 3]; "2022 Spring" → [2022]. */
export function medlineDate(dp: string): number[] | undefined {
  const m = /^(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?)?/.exec(dp.trim());
  if (!m) return undefined;
  const parts = [Number(m[1])];
  const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (month > 0) {
    parts.push(month);
    if (m[3]) parts.push(Number(m[3]));
  }
  return parts;
}

/** MEDLINE abbreviates page ranges ("389-92"); CSL wants them whole ("389-392"). */
export function expandPages(pg: string): string {
  return pg.replace(/\b(\d+)-(\d+)\b/g, (all, a: string, b: string) => (b.length < a.length ? `${a}-${a.slice(0, a.length - b.length)}${b}` : all));
}

/** Maps one MEDLINE record to CSL-JSON field names. */
export function medlineToCsl(record: MedlineRecord): CslItem & { 'publication-types': string[] } {
  const all = (tag: string) => record.fields.filter((f) => f.tag === tag).map((f) => f.value);
  const one = (tag: string) => all(tag)[0];
  const authors: NonNullable<CslItem['author']> = [];
  let lastFullName: { family?: string; given?: string } | undefined;
  let lastFullHasShort = false;
  for (const f of record.fields) {
    if (f.tag === 'FAU') {
      const [family, given] = f.value.split(/,\s*/, 2);
      lastFullName = given ? { family, given } : { family };
      lastFullHasShort = false;
      authors.push(lastFullName);
    } else if (f.tag === 'AU') {
      if (lastFullName && !lastFullHasShort) lastFullHasShort = true;
      else {
        const m = /^(.*?)\s+([A-Z]+)$/.exec(f.value);
        authors.push(m ? { family: m[1], given: m[2] } : { family: f.value });
        lastFullName = undefined;
      }
    } else if (f.tag === 'CN') {
      authors.push({ literal: f.value });
      lastFullName = undefined;
    }
  }
  const ids = [...all('AID'), ...all('LID')];
  const doi = ids.map((v) => /^(\S+)\s*\[doi\]$/i.exec(v)?.[1]).find(Boolean);
  const date = one('DP') ? medlineDate(one('DP')) : undefined;
  const pages = one('PG');
  return {
    type: all('PT').some((t) => /^book$/i.test(t)) ? 'book' : 'article-journal',
    title: one('TI') ?? one('BTI'),
    author: authors.length ? authors : undefined,
    'container-title': one('JT'),
    'container-title-short': one('TA'),
    volume: one('VI'),
    issue: one('IP'),
    page: pages ? expandPages(pages) : undefined,
    issued: date ? { 'date-parts': [date] } : undefined,
    DOI: doi,
    PMID: one('PMID'),
    PMCID: one('PMC'),
    abstract: one('AB'),
    'publication-types': all('PT'),
  };
}
