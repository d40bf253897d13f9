// Reads a CSL-JSON export (Zotero, Better BibTeX, citation-js), naming each record by its place in the file.
import { mapDate, type CslItem } from './from-csl.ts';
import { ImportError, FIX_HINT, lineOf, short, texts, settle, type Read, type SourceRecord } from './export-record.ts';

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

export function readCslJson(file: string, text: string): Read {
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

