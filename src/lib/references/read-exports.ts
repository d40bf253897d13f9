// Reads reference exports (BibTeX, RIS, CSL-JSON, PubMed MEDLINE) into CSL records, each with its record number and line.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseMedline, medlineToCsl, looksLikeMedline, MedlineSyntaxError } from './medline.ts';
import { mapDate, type CslItem, type CslName } from './from-csl.ts';
import { PMID_PATTERN } from '../check/checker.ts';
import { resolveDoi, labelledPmid, labelledPmcid, firstOf, combineDates } from './identifiers.ts';

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

const FIX_HINT = 'fix this record in the export, or export it again; nothing was imported from this file';
const MANY_HINT = 'fix these records in the export, or export it again; nothing was imported from this file';

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

/**
 * Reads every record of a file. A problem with the file as a whole (not an export of its format, no records, broken JSON)
 * throws an ImportError; a malformed record becomes one of `problems`, naming the file, record and line, and reading goes on.
 */
export function readExport(file: string, text: string, format = detectFormat(file, text)): ReadResult {
  const read = (() => {
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
  if (read.total === 0) throw new ImportError(file, 1, 1, 'no records found', `is this a ${FORMATS.find((f) => f.format === format)!.name} export? supported formats: ${SUPPORTED}`);
  const records: SourceRecord[] = [];
  const problems = [...read.problems];
  for (const r of read.records) {
    if (typeof r.csl.title !== 'string' || r.csl.title.trim() === '') problems.push(new ImportError(file, r.line, 1, `record ${r.index} (${r.label}) has no title`, FIX_HINT));
    else records.push(r);
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems, total: read.total };
}

/** Reads every record of a file; throws (ImportErrors) naming the file, record and line of every malformed record. */
export function readRecords(file: string, text: string, format = detectFormat(file, text)): SourceRecord[] {
  const { records, problems } = readExport(file, text, format);
  if (problems.length) throw new ImportErrors(problems, records.length);
  return records;
}

type Read = { records: SourceRecord[]; problems: ImportError[]; total: number };

const texts = (...values: unknown[]): unknown[] => values.flat().filter((v) => v !== undefined && v !== null && v !== '');

/** Puts the DOI, PMID, PMCID and date found in the record's own fields onto its CSL, with notes on what was left out. */
function settle(csl: CslItem, found: { doi: unknown[]; urls: unknown[]; notes?: unknown[]; pmid: unknown[]; pmcid: unknown[]; labelled: unknown[]; dates: unknown[] }): string[] {
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

/** BibTeX fields that may hold a DOI, PMID or PMCID as a label ("doi: …", "{PMID:} …", a doi.org or PubMed link). */
const BIB_NOTE_FIELDS = ['note', 'annote', 'annotation', 'extra', 'addendum', 'comment'];
const BIB_URL_FIELDS = ['url', 'howpublished', 'eprint'];

/** Mendeley's BibTeX entry types with an underscore, as the BibTeX types they stand for. */
const MENDELEY_TYPES: Record<string, string> = { book_section: 'incollection', web_page: 'online', conference_proceedings: 'proceedings', journal_article: 'article', magazine_article: 'article', newspaper_article: 'article', computer_program: 'software', encyclopedia_article: 'inreference', television_broadcast: 'misc', film: 'misc' };

function readBibtex(file: string, text: string): Read {
  const records: SourceRecord[] = [];
  const problems: ImportError[] = [];
  // Entries start at "@type{" or "@type(" at the start of a line; each is parsed on its own, so one broken entry names itself.
  // Types may hold "_" and "-" (Mendeley writes @book_section, @web_page).
  const starts = [...text.matchAll(/^[ \t]*@[ \t]*([a-zA-Z][\w-]*)[ \t]*[{(]/gm)].map((m) => ({ offset: m.index, type: m[1].toLowerCase(), line: lineOf(text, m.index) }));
  let strings = '';
  let index = 0;
  starts.forEach((start, i) => {
    const chunk = text.slice(start.offset, starts[i + 1]?.offset ?? text.length);
    if (start.type === 'comment' || start.type === 'preamble') return;
    if (start.type === 'string') {
      strings += `${chunk.trim()}\n`;
      return;
    }
    index++;
    const keyMatch = /^[ \t]*@[ \t]*[a-zA-Z][\w-]*[ \t]*[{(][ \t]*([^,\s=]*)[ \t]*(,|\r?\n|=)?/.exec(chunk);
    let key = keyMatch?.[1] ?? '';
    let source = chunk;
    // An entry with no key (EndNote writes "@article{" and a newline; Mendeley "@article{,"): give it one to parse.
    if (!key || keyMatch?.[2] === '=') {
      key = '';
      source = chunk.replace(/^([ \t]*@[ \t]*[a-zA-Z][\w-]*[ \t]*[{(])[ \t]*,?/, `$1record${index},`);
    }
    // citation-js reads only letters as an entry type: give Mendeley's @book_section and @web_page their BibTeX names.
    source = source.replace(/^([ \t]*@[ \t]*)([a-zA-Z][\w-]*)/, (all, at: string, type: string) => (/[\W_]/.test(type) ? `${at}${MENDELEY_TYPES[type.toLowerCase()] ?? type.replace(/[\W_]/g, '')}` : all));
    const label = key || `no key`;
    const prefixLines = strings ? strings.split('\n').length - 1 : 0;
    let entries: { type: string; label: string; properties: Record<string, unknown> }[];
    try {
      entries = plugins.input.chainLink(`${strings}${source}`, { forceType: '@biblatex/text' }) as typeof entries;
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      const at = /at line (\d+) col (\d+)/.exec(message);
      const line = at ? Math.max(start.line, start.line + Number(at[1]) - 1 - prefixLines) : start.line;
      problems.push(new ImportError(file, line, at ? Number(at[2]) : 1, `record ${index} (${label}${start.line < line ? `, from line ${start.line}` : ''}): BibTeX syntax: ${message.replace(/\s*at line \d+ col \d+:?$/, '')}`, FIX_HINT));
      return;
    }
    const entry = entries.find((e) => e.label === (key || `record${index}`)) ?? entries[entries.length - 1];
    if (entries.length > 1) {
      // Another entry began mid-line ("} @article{…"): never drop it silently.
      problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): ${entries.length} entries where one was expected; start each "@type{" on a line of its own`, FIX_HINT));
      return;
    }
    if (!entry) {
      problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): BibTeX syntax: not an entry`, FIX_HINT));
      return;
    }
    // citation-js knows \o, \ss, \ae, … but not \aa and \AA (å, Å): "H{\aa}kansson" would stay "H\aakansson".
    for (const [k, v] of Object.entries(entry.properties)) {
      if (typeof v === 'string') entry.properties[k] = v.replace(/\\(aa|AA)(?![a-zA-Z])\s*(?:\{\})?/g, (_, c: string) => (c === 'aa' ? 'å' : 'Å'));
    }
    let csl: CslItem;
    const readNotes: string[] = [];
    try {
      [csl] = plugins.input.chain(entry, { forceType: '@biblatex/entry+object', generateGraphs: false }) as CslItem[];
    } catch (err) {
      // A LaTeX command with nothing to act on ("Ragnhei{\d}ur"): drop the command and read the field again.
      const bare = /\\(?:[a-zA-Z]+|[^a-zA-Z\s])\s*(?=\})/g;
      const fixed = Object.fromEntries(Object.entries(entry.properties).map(([k, v]) => [k, typeof v === 'string' ? v.replace(bare, '') : v]));
      const changed = Object.keys(fixed).filter((k) => fixed[k] !== entry.properties[k]);
      try {
        if (!changed.length) throw err;
        [csl] = plugins.input.chain({ ...entry, properties: fixed }, { forceType: '@biblatex/entry+object', generateGraphs: false }) as CslItem[];
        readNotes.push(`a LaTeX command with no argument was dropped from ${changed.join(', ')}; check the spelling against the source`);
      } catch {
        problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): BibTeX: ${(err as Error).message.split('\n')[0].replace(/\s*at line \d+ col \d+:?$/, '')}`, FIX_HINT));
        return;
      }
    }
    const props = Object.fromEntries(Object.entries(entry.properties).map(([k, v]) => [k.toLowerCase(), v]));
    const notesIn = texts(BIB_NOTE_FIELDS.map((f) => props[f]));
    const urlsIn = texts(BIB_URL_FIELDS.map((f) => props[f]));
    const eprintPubmed = /pubmed/i.test(String(props.eprinttype ?? props.archiveprefix ?? '')) ? props.eprint : undefined;
    const notes = settle(csl, {
      doi: texts(props.doi, csl.DOI),
      urls: texts(urlsIn, csl.URL),
      notes: notesIn,
      pmid: texts(props.pmid, eprintPubmed, csl.PMID),
      pmcid: texts(props.pmcid, csl.PMCID),
      labelled: texts(notesIn, urlsIn),
      dates: texts(props.date, props.year && props.month ? `${props.year} ${props.month}` : props.year, props.issued, props.month && !props.year ? props.month : undefined),
    });
    if (!key) delete csl['citation-key'];
    records.push({ index, line: start.line, label: key || short(String(csl.title ?? 'no key')), csl, notes: [...readNotes, ...notes] });
  });
  return { records, problems, total: index };
}

/** Names an RIS record in messages: its title, else its DOI, else its first author and year. */
function risLabel(tags: Map<string, string[]>): string {
  const title = tags.get('TI')?.[0] ?? tags.get('T1')?.[0];
  const doi = tags.get('DO')?.[0];
  const who = [tags.get('AU')?.[0] ?? tags.get('A1')?.[0], tags.get('PY')?.[0] ?? tags.get('Y1')?.[0]].filter(Boolean).join(' ');
  return title ? short(title) : doi ? `DOI ${doi}` : who ? short(who) : 'no title';
}

const RIS_TAG = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;
/** Ovid numbers its records with a line like "<12. >" before each "TY  - ". */
const OVID_NUMBER = /^<\d+\.\s*>$/;
/** RIS tags that hold links, where a doi.org or PubMed link may sit. */
const RIS_URLS = ['UR', 'L1', 'L2', 'L3', 'L4', 'LK'];
/** RIS tags that hold notes and numbers, where a labelled DOI ("doi: …"), PMID ("123 [PMID]", "PMID: 123") or PMCID may sit. */
const RIS_NOTES = ['N1', 'AN', 'M1', 'M2', 'U1', 'U2', 'U3', 'U4', 'U5', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8', 'ET'];

/**
 * Embase and Vancouver-style exports write a name without a comma, family name first: "Liu R.", "Eloubeidi M.A.",
 * "Smith JA". Read as one family name, "Liu R." would name the file "liu-r-2014"; split off the initials.
 */
function splitInitials(name: CslName): CslName {
  if (name.given) return name;
  const whole = name.family ?? name.literal;
  const m = whole ? /^(\S.*?\p{Ll}.*?)\s+((?:\p{Lu}\.\s?-?){1,4}|\p{Lu}{1,3})$/u.exec(whole.trim()) : null;
  if (!m) return name;
  const { literal: _literal, ...rest } = name;
  return { ...rest, family: m[1], given: m[2].trim() };
}

function readRis(file: string, text: string): Read {
  // Lines end in LF, CRLF or (Web of Science, within CRLF files) a lone CR.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  type Raw = { line: number; lines: string[]; tags: Map<string, string[]>; broken?: ImportError };
  const records: Raw[] = [];
  const problems: ImportError[] = [];
  let current: Raw | undefined;
  let last: string | undefined;
  let junk = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const tag = RIS_TAG.exec(raw.trimEnd());
    const t = tag?.[1];
    const value = (tag?.[2] ?? '').trim();
    const where = () => `record ${current ? records.length : records.length + 1}`;
    if (t) junk = false;
    if (!t) {
      if (raw.trim() === '') return;
      if (current && last) {
        // Some exporters wrap long values onto plain lines.
        const values = current.tags.get(last)!;
        values[values.length - 1] = `${values[values.length - 1]} ${raw.trim()}`;
        current.lines.push(raw);
        return;
      }
      if (!current && OVID_NUMBER.test(raw.trim())) return;
      // One problem for a block of such lines, not one per line.
      if (!current && !junk) problems.push(new ImportError(file, line, 1, `${where()}: not an RIS line: "${short(raw)}" (expected "TY  - " to start a record)`, FIX_HINT));
      junk = true;
      return;
    }
    if (t === 'TY') {
      if (current) {
        current.broken = new ImportError(file, line, 1, `${where()} (${risLabel(current.tags)}, from line ${current.line}) has no "ER  - " line before the next "TY  - "`, FIX_HINT);
      }
      current = { line, lines: [], tags: new Map() };
      records.push(current);
    } else if (!current) {
      problems.push(new ImportError(file, line, 1, `${where()}: "${t}  - " outside a record (a record starts with "TY  - ")`, FIX_HINT));
      return;
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
  if (current) current.broken = new ImportError(file, current.line, 1, `record ${records.length} (${risLabel(current.tags)}) does not end with "ER  - " (the file may be cut off)`, FIX_HINT);
  const out: SourceRecord[] = [];
  records.forEach((r, i) => {
    if (r.broken) {
      problems.push(r.broken);
      return;
    }
    let csl: CslItem;
    try {
      [csl] = plugins.input.chain(`${r.lines.join('\n')}\n`, { forceType: '@ris/file', generateGraphs: false }) as CslItem[];
    } catch (err) {
      problems.push(new ImportError(file, r.line, 1, `record ${i + 1} (${risLabel(r.tags)}): ${(err as Error).message.split('\n')[0]}`, FIX_HINT));
      return;
    }
    const tag = (t: string) => r.tags.get(t) ?? [];
    const urls = RIS_URLS.flatMap(tag);
    // Scopus lists the works a record cites in N1 ("References: …"); their identifiers are not the record's.
    const notesIn = RIS_NOTES.flatMap(tag).filter((v) => !/^\s*(?:cited\s+)?references?\s*:/i.test(v));
    // RIS has no PMID tag: PubMed-derived exports put it in AN (accession number) with DB/DP naming PubMed.
    const db = [...tag('DB'), ...tag('DP')].join(' ');
    const an = tag('AN').find((v) => /^(?:pmid:?\s*)?\d{1,8}$/i.test(v.trim()));
    const notes = settle(csl, {
      doi: texts(tag('DO'), tag('DI'), tag('M3'), csl.DOI),
      urls: texts(urls, csl.URL),
      notes: notesIn,
      pmid: texts(an && /pubmed|medline|\bnlm\b/i.test(db) ? an.replace(/^pmid:?\s*/i, '') : undefined, csl.PMID),
      pmcid: texts(csl.PMCID),
      labelled: [...notesIn, ...urls],
      // Publication year first (PY, Y1), then the date (DA), then Y2 (an access or secondary date in some exporters).
      dates: texts(tag('PY'), tag('Y1'), tag('DA'), tag('Y2')),
    });
    if (csl.author) csl.author = csl.author.map(splitInitials);
    // Several UR lines (EBSCO adds ORCIDs and e-mail addresses as UR; Mendeley a file:// path after the link) are one URL
    // joined by commas in citation-js: keep the first web address.
    const web = tag('UR').flatMap((v) => v.split(/\s+/)).find((v) => /^https?:\/\/\S+$/i.test(v));
    if (web) csl.URL = web;
    else if (csl.URL !== undefined && !/^https?:\/\/\S+$/i.test(String(csl.URL))) delete csl.URL;
    out.push({ index: i + 1, line: r.line, label: risLabel(r.tags), csl, notes });
  });
  return { records: out, problems, total: records.length };
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

function readCslJson(file: string, text: string): Read {
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
  const records: SourceRecord[] = [];
  const problems: ImportError[] = [];
  list.forEach((item, i) => {
    const line = lineOf(text, starts[i] ?? 0);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(new ImportError(file, line, 1, `record ${i + 1} is not a CSL-JSON object`, 'a CSL-JSON file holds one object or an array of objects, each with "type", "title", …'));
      return;
    }
    const csl = { ...(item as CslItem) };
    const notesIn = texts(csl.note, csl.annote, csl.extra);
    // issued as date-parts is read as it is; as raw or literal text ("August 11, 2019", "Spring 2019") it is parsed here.
    const issued = csl.issued as { raw?: unknown; literal?: unknown } | string | undefined;
    const issuedText = mapDate(csl.issued) ? [] : typeof issued === 'object' && issued ? texts(issued.raw, issued.literal) : texts(issued);
    const notes = settle(csl, {
      doi: texts(csl.DOI),
      urls: texts(csl.URL),
      notes: notesIn,
      pmid: texts(csl.PMID),
      pmcid: texts(csl.PMCID),
      labelled: notesIn,
      dates: issuedText,
    });
    records.push({ index: i + 1, line, label: short(String(csl.id ?? csl.title ?? (csl.DOI ? `DOI ${csl.DOI}` : 'no id or title'))), csl, notes });
  });
  return { records, problems, total: list.length };
}

function readMedline(file: string, text: string): Read {
  let records;
  try {
    records = parseMedline(text);
  } catch (err) {
    if (!(err instanceof MedlineSyntaxError)) throw err;
    const within = err.current ? ` (PMID ${err.current.pmid}, from line ${err.current.line})` : '';
    throw new ImportError(file, err.line, 1, `record ${err.record}${within}: ${err.message}`, FIX_HINT);
  }
  return {
    records: records.map((r, i) => {
      const { 'publication-types': publicationTypes, ...csl } = medlineToCsl(r);
      const all = (tag: string) => r.fields.filter((f) => f.tag === tag).map((f) => f.value);
      const notes = settle(csl, {
        doi: texts(csl.DOI),
        urls: [],
        notes: texts(all('SO').map((so) => so.replace(/^.*?(?=\bdoi:)/i, ''))),
        pmid: texts(csl.PMID),
        pmcid: texts(csl.PMCID),
        labelled: [],
        // DP is the publication date; DEP (yyyymmdd) the electronic one, when DP has no year.
        dates: texts(all('DP'), all('DEP')),
      });
      return { index: i + 1, line: r.line, label: `PMID ${csl.PMID}`, csl, publicationTypes, notes };
    }),
    problems: [],
    total: records.length,
  };
}
