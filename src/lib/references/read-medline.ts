// Reads a PubMed MEDLINE (.nbib / .txt) export into CSL records.
import { parseMedline, medlineToCsl, MedlineSyntaxError } from './medline.ts';
import { ImportError, FIX_HINT, texts, settle, type Read } from './export-record.ts';

export function readMedline(file: string, text: string): Read {
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

