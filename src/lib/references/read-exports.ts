// Reads reference exports (BibTeX, RIS, CSL-JSON, PubMed MEDLINE) into CSL records, each with its record number and line.
import { looksLikeMedline } from './medline.ts';
import { ImportError, ImportErrors, FIX_HINT, type ReadResult, type SourceRecord } from './export-record.ts';
import { readBibtex } from './read-bibtex.ts';
import { readRis } from './read-ris.ts';
import { readCslJson } from './read-csl-json.ts';
import { readMedline } from './read-medline.ts';

export { ImportError, ImportErrors, type ReadResult, type SourceRecord };

type Format = 'bibtex' | 'ris' | 'csl-json' | 'medline';

export const FORMATS: { ext: string; format: Format; name: string }[] = [
  { ext: '.bib', format: 'bibtex', name: 'BibTeX' },
  { ext: '.ris', format: 'ris', name: 'RIS' },
  { ext: '.json', format: 'csl-json', name: 'CSL-JSON' },
  { ext: '.nbib', format: 'medline', name: 'PubMed MEDLINE' },
  { ext: '.txt', format: 'medline', name: 'PubMed MEDLINE saved as text' },
];

export const SUPPORTED = FORMATS.map((f) => `${f.ext} (${f.name})`).join(', ');

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
