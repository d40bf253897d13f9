// Reads a RIS export (Web of Science, Scopus, Embase/Ovid, EndNote, Zotero…) record by record, with each record's line.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslItem, CslName } from './from-csl.ts';
import { ImportError, FIX_HINT, short, texts, settle, type Read, type SourceRecord } from './export-record.ts';

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

export function readRis(file: string, text: string): Read {
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

