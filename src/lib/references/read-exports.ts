// Reads reference exports (BibTeX, RIS, CSL-JSON, PubMed MEDLINE) into CSL records, each with its record number and line.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseMedline, medlineToCsl, looksLikeMedline, MedlineSyntaxError } from './medline.ts';
import type { CslItem } from './from-csl.ts';

type Format = 'bibtex' | 'ris' | 'csl-json' | 'medline';

export const FORMATS: { ext: string; format: Format; name: string }[] = [
  { ext: '.bib', format: 'bibtex', name: 'BibTeX' },
  { ext: '.ris', format: 'ris', name: 'RIS' },
  { ext: '.json', format: 'csl-json', name: 'CSL-JSON' },
  { ext: '.nbib', format: 'medline', name: 'PubMed MEDLINE' },
  { ext: '.txt', format: 'medline', name: 'PubMed MEDLINE saved as text' },
];

export const SUPPORTED = FORMATS.map((f) => `${f.ext} (${f.name})`).join(', ');

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
}

const FIX_HINT = 'fix this record in the export, or export it again; nothing was imported from this file';

/** The format a file name's extension promises; throws for an unsupported one. */
export function formatOf(file: string): (typeof FORMATS)[number] {
  const lower = file.toLowerCase();
  const match = FORMATS.find((f) => lower.endsWith(f.ext));
  if (!match) throw new ImportError(file, 1, 1, `unsupported file type "${/\.[^./\\]+$/.exec(file)?.[0] ?? '(no extension)'}"`, `supported formats: ${SUPPORTED}`);
  return match;
}

/** The format of a file, from its extension (and, for .txt, its content). */
function detectFormat(file: string, text: string): Format {
  const match = formatOf(file);
  if (match.ext === '.txt' && !looksLikeMedline(text)) throw new ImportError(file, 1, 1, 'a .txt file is read as a PubMed MEDLINE export, but this one has no "PMID- " line', `save it from PubMed as "PubMed" format, or use one of: ${SUPPORTED}`);
  return match.format;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Reads every record of a file; throws an ImportError naming the file, record and line for a malformed one. */
export function readRecords(file: string, text: string, format = detectFormat(file, text)): SourceRecord[] {
  const records = (() => {
    switch (format) {
      case 'bibtex':
        return readBibtex(file, text);
      case 'ris':
        return readRis(file, text);
      case 'csl-json':
        return readCslJson(file, text);
      case 'medline':
        return readMedline(file, text);
    }
  })();
  if (records.length === 0) throw new ImportError(file, 1, 1, 'no records found', `is this a ${FORMATS.find((f) => f.format === format)!.name} export? supported formats: ${SUPPORTED}`);
  for (const r of records) {
    if (typeof r.csl.title !== 'string' || r.csl.title.trim() === '') throw new ImportError(file, r.line, 1, `record ${r.index} (${r.label}) has no title`, FIX_HINT);
  }
  return records;
}

function readBibtex(file: string, text: string): SourceRecord[] {
  // Where each entry starts, to name records in messages (@comment, @string and @preamble are not records).
  const starts = [...text.matchAll(/^[ \t]*@([a-zA-Z]+)[ \t]*[{(][ \t]*([^,\s]*)/gm)]
    .filter((m) => !/^(comment|string|preamble)$/i.test(m[1]))
    .map((m) => ({ line: lineOf(text, m.index), key: m[2] }));
  let items: CslItem[];
  try {
    items = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraphs: false }) as CslItem[];
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    const at = /at line (\d+) col (\d+)/.exec(message);
    const line = at ? Number(at[1]) : 1;
    const index = starts.filter((s) => s.line <= line).length;
    const start = starts[index - 1];
    const where = index ? `record ${index} (${start.key || 'no key'}${start.line < line ? `, from line ${start.line}` : ''})` : 'before the first record';
    throw new ImportError(file, line, at ? Number(at[2]) : 1, `${where}: BibTeX syntax: ${message.replace(/\s*at line \d+ col \d+:?$/, '')}`, FIX_HINT);
  }
  return items.map((csl, i) => {
    const key = String(csl['citation-key'] ?? csl.id ?? '');
    const start = starts.find((s) => s.key === key) ?? starts[i];
    return { index: i + 1, line: start?.line ?? 1, label: key || short(String(csl.title ?? '')), csl };
  });
}

/** Names an RIS record in messages: its title, else its DOI. */
function risLabel(tags: Map<string, string[]>): string {
  const title = tags.get('TI')?.[0] ?? tags.get('T1')?.[0];
  const doi = tags.get('DO')?.[0];
  return title ? short(title) : doi ? `DOI ${doi}` : 'no title';
}

const RIS_TAG = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

function readRis(file: string, text: string): SourceRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const records: { line: number; lines: string[]; tags: Map<string, string[]> }[] = [];
  let current: (typeof records)[number] | undefined;
  let last: string | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const tag = RIS_TAG.exec(raw.trimEnd());
    const t = tag?.[1];
    const value = (tag?.[2] ?? '').trim();
    const where = () => `record ${current ? records.length : records.length + 1}`;
    if (!t) {
      if (raw.trim() === '') return;
      if (current && last) {
        // Some exporters wrap long values onto plain lines.
        const values = current.tags.get(last)!;
        values[values.length - 1] = `${values[values.length - 1]} ${raw.trim()}`;
        current.lines.push(raw);
        return;
      }
      throw new ImportError(file, line, 1, `${where()}: not an RIS line: "${short(raw)}" (expected "TY  - " to start a record)`, FIX_HINT);
    }
    if (t === 'TY') {
      if (current) throw new ImportError(file, line, 1, `${where()} (${risLabel(current.tags)}, from line ${current.line}) has no "ER  - " line before the next "TY  - "`, FIX_HINT);
      current = { line, lines: [], tags: new Map() };
      records.push(current);
    } else if (!current) {
      throw new ImportError(file, line, 1, `${where()}: "${t}  - " outside a record (a record starts with "TY  - ")`, FIX_HINT);
    }
    current.lines.push(raw);
    if (t === 'ER') {
      current = undefined;
      last = undefined;
      return;
    }
    current.tags.set(t, [...(current.tags.get(t) ?? []), value]);
    last = t;
  });
  if (current) throw new ImportError(file, current.line, 1, `record ${records.length} (${risLabel(current.tags)}) does not end with "ER  - " (the file may be cut off)`, FIX_HINT);
  return records.map((r, i) => {
    const [csl] = plugins.input.chain(`${r.lines.join('\n')}\n`, { forceType: '@ris/file', generateGraphs: false }) as CslItem[];
    // RIS has no PMID tag: PubMed-derived exports put it in AN (accession number) with DB/DP naming PubMed.
    const an = r.tags.get('AN')?.[0];
    const db = [...(r.tags.get('DB') ?? []), ...(r.tags.get('DP') ?? [])].join(' ');
    if (csl.PMID === undefined && an && /pubmed|medline|nlm/i.test(db) && /^(?:pmid:?\s*)?\d+$/i.test(an)) csl.PMID = an;
    return { index: i + 1, line: r.line, label: risLabel(r.tags), csl };
  });
}

/** Offsets where each element of a top-level JSON array starts (or 0 for a single object). */
function topLevelStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (depth === 1) starts.push(i);
    } else if (c === '{' || c === '[') {
      if (depth === 1) starts.push(i);
      depth++;
    } else if (c === '}' || c === ']') depth--;
    else if (depth === 1 && /[^\s,]/.test(c)) {
      starts.push(i);
      while (i + 1 < text.length && /[^\s,\]]/.test(text[i + 1])) i++;
    }
  }
  return starts;
}

function readCslJson(file: string, text: string): SourceRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.trimEnd().length;
    const line = lc ? Number(lc[1]) : lineOf(text, offset);
    const column = lc ? Number(lc[2]) : offset - text.lastIndexOf('\n', offset - 1);
    const index = topLevelStarts(text).filter((s) => s <= offset).length;
    throw new ImportError(file, line, column, `${index ? `record ${index}: ` : ''}JSON syntax: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`, FIX_HINT);
  }
  const list = Array.isArray(data) ? data : [data];
  const starts = Array.isArray(data) ? topLevelStarts(text) : [text.search(/\S/)];
  return list.map((item, i) => {
    const line = lineOf(text, starts[i] ?? 0);
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new ImportError(file, line, 1, `record ${i + 1} is not a CSL-JSON object`, 'a CSL-JSON file holds one object or an array of objects, each with "type", "title", …');
    const csl = item as CslItem;
    return { index: i + 1, line, label: short(String(csl.id ?? csl.title ?? (csl.DOI ? `DOI ${csl.DOI}` : 'no id or title'))), csl };
  });
}

function readMedline(file: string, text: string): SourceRecord[] {
  let records;
  try {
    records = parseMedline(text);
  } catch (err) {
    if (!(err instanceof MedlineSyntaxError)) throw err;
    const within = err.current ? ` (PMID ${err.current.pmid}, from line ${err.current.line})` : '';
    throw new ImportError(file, err.line, 1, `record ${err.record}${within}: ${err.message}`, FIX_HINT);
  }
  return records.map((r, i) => {
    const { 'publication-types': publicationTypes, ...csl } = medlineToCsl(r);
    return { index: i + 1, line: r.line, label: `PMID ${csl.PMID}`, csl, publicationTypes };
  });
}
