// Real exports from public repositories (tests/fixtures/import/real/, sources in SOURCES.md) import exactly: every record
// is written, reported as a duplicate of an earlier one, or named as malformed; and the written YAML agrees with facts read
// by hand from each file (facts.json): first author, year, DOI, PMID, PMCID. Then each failure class of issue 14 on its own.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importReferences, type ImportPlan } from '../../../src/lib/authoring/import-references.ts';
import { ImportError, ImportErrors, readExport } from '../../../src/lib/references/read-exports.ts';
import { findDoi, resolveDoi, labelledPmid, labelledPmcid, combineDates } from '../../../src/lib/references/identifiers.ts';
import { DOI_PATTERN, PMID_PATTERN } from '../../../src/lib/check/checker.ts';
import { mapDate } from '../../../src/lib/references/from-csl.ts';

const real = join(import.meta.dirname, '..', '..', 'fixtures', 'import', 'real');
interface Fact {
  family: string | null;
  year: number | null;
  DOI: string | null;
  PMID?: string | null;
  PMCID?: string | null;
}
interface FileFacts {
  records: number;
  invalid?: number[];
  duplicates?: number[];
  facts: Record<string, Fact>;
}
const { files: FACTS } = JSON.parse(readFileSync(join(real, 'facts.json'), 'utf8')) as { files: Record<string, FileFacts> };
const exportsOnDisk = readdirSync(real).filter((n) => /\.(ris|bib|nbib|json)$/.test(n) && n !== 'facts.json').sort();

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oe-real-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Written = { family?: string; year?: number; DOI?: string; PMID?: string; PMCID?: string };
const written = (text: string): Written => {
  const data = parse(text) as { author?: { family?: string; literal?: string }[]; issued?: { 'date-parts': number[][] }; DOI?: string; PMID?: string; PMCID?: string };
  return { family: data.author?.[0]?.family ?? data.author?.[0]?.literal, year: data.issued?.['date-parts'][0][0], DOI: data.DOI, PMID: data.PMID, PMCID: data.PMCID };
};

/** Whether the record's own text has a year in one of its format's date fields (then its file may not be named "-nd"). */
const DATE_FIELD: Record<string, RegExp> = {
  ris: /^(?:PY|Y1|DA|Y2) {2}- .*\b\d{4}\b/m,
  bib: /^\s*(?:year|date)\s*=\s*[{"]?\s*\d{4}/im,
  nbib: /^(?:DP|DEP) *- *\d{4}/m,
  json: /"(?:issued)"\s*:\s*\{[^}]*\d{4}/,
};

describe('real exports: every record imported, and the facts read from each file', () => {
  it('has a facts entry for every export in the corpus, across the four formats', () => {
    expect(Object.keys(FACTS).sort()).toEqual(exportsOnDisk);
    const formats = new Set(exportsOnDisk.map((n) => n.split('.').pop()));
    expect([...formats].sort()).toEqual(['bib', 'json', 'nbib', 'ris']);
    expect(exportsOnDisk.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of exportsOnDisk) {
    it(`${name}: no crash, no lost record, and the right DOI, PMID, year and first author`, () => {
      const facts = FACTS[name];
      const file = join(real, name);
      const text = readFileSync(file, 'utf8');
      const plan: ImportPlan = importReferences(root, file, text, name, { skipInvalid: true });
      // Every record is accounted for: written, a duplicate of an earlier one, or malformed (named by record and line).
      expect(plan.files.length + plan.skipped.length + plan.invalid.length).toBe(facts.records);
      expect(plan.skipped.map((s) => s.record.index)).toEqual(facts.duplicates ?? []);
      expect(plan.invalid.map((p) => Number(/^record (\d+)/.exec(p.message)?.[1]))).toEqual(facts.invalid ?? []);
      for (const p of plan.invalid) expect(p.line).toBeGreaterThan(0);

      const byIndex = new Map(plan.files.map((f) => [f.record.index, f]));
      for (const [index, fact] of Object.entries(facts.facts)) {
        const planned = byIndex.get(Number(index));
        expect(planned, `record ${index} written`).toBeDefined();
        const got = written(readFileSync(join(root, planned!.path), 'utf8'));
        const want: Written = { family: fact.family ?? undefined, year: fact.year ?? undefined, DOI: fact.DOI ?? undefined };
        const have: Written = { family: got.family, year: got.year, DOI: got.DOI };
        if (fact.PMID !== undefined) ((want.PMID = fact.PMID ?? undefined), (have.PMID = got.PMID));
        if (fact.PMCID !== undefined) ((want.PMCID = fact.PMCID ?? undefined), (have.PMCID = got.PMCID));
        expect(have, `record ${index}`).toEqual(want);
      }

      // Across every record: DOIs and PMIDs as the check accepts them, and no "-nd" name when the record has a year.
      const ext = name.split('.').pop()!;
      const starts = plan.files.map((f) => f.record.line);
      const lines = text.split('\n');
      const allStarts = [...new Set([...starts, ...plan.skipped.map((s) => s.record.line), ...plan.invalid.map((p) => p.line)])].sort((a, b) => a - b);
      for (const f of plan.files) {
        const got = written(readFileSync(join(root, f.path), 'utf8'));
        if (got.DOI) expect(got.DOI, `${f.path} DOI`).toMatch(DOI_PATTERN);
        if (got.PMID) expect(got.PMID, `${f.path} PMID`).toMatch(PMID_PATTERN);
        if (f.id.endsWith('-nd') || /-nd-[a-z0-9]+$/.test(f.id)) {
          const next = allStarts.find((l) => l > f.record.line) ?? lines.length + 1;
          const own = lines.slice(f.record.line - 1, next - 1).join('\n');
          expect(DATE_FIELD[ext].test(own), `${f.path}: record ${f.record.index} has a year`).toBe(false);
        }
      }
    });
  }
});

describe('dates: the year is never lost', () => {
  it('Web of Science: PY holds the year, DA the month and day', () => {
    expect(combineDates(['2022', 'AUG 11'])).toEqual([2022, 8, 11]);
    expect(combineDates(['2018', 'SEP'])).toEqual([2018, 9]);
  });
  it('RIS date forms: slashes with empty parts, "undefined", Y1 only, Y2 as a last resort', () => {
    expect(combineDates([undefined, '2019/03//undefined'].filter(Boolean))).toEqual([2019, 3]);
    expect(combineDates(['2019///'])).toEqual([2019]);
    expect(combineDates(['2001/7//'])).toEqual([2001, 7]);
    expect(combineDates(['2024/08/09'])).toEqual([2024, 8, 9]);
  });
  it('MEDLINE DP and DEP; BibTeX year with a month name', () => {
    expect(combineDates(['2020 Nov', '20201005'])).toEqual([2020, 11]);
    expect(combineDates(['20201005'])).toEqual([2020, 10, 5]);
    expect(combineDates(['2013 mar'])).toEqual([2013, 3]);
    expect(combineDates(['Spring 2019'])).toEqual([2019]);
  });
  it('CSL issued as raw or literal text', () => {
    const { records } = readExport('x.json', JSON.stringify([{ id: 'a', title: 'A', issued: { literal: 'August 11, 2019' } }, { id: 'b', title: 'B', issued: { raw: 'Spring 2019' } }, { id: 'c', title: 'C', issued: { 'date-parts': [['2014', 12, 31]] } }]));
    expect(records.map((r) => mapDate(r.csl.issued))).toEqual([[2019, 8, 11], [2019], [2014, 12, 31]]);
  });
  it('Scopus TY  - CONF with PY only, and WoS records, are named by author and year', () => {
    const { records } = readExport('x.ris', 'TY  - CONF\nTI  - A talk\nAU  - Kim, J.\nPY  - 2021\nER  - \n\nTY  - JOUR\nTI  - A paper\nAU  - Kim, S\nPY  - 2022\nDA  - AUG 11\nER  - \n');
    expect(records.map((r) => r.csl.issued)).toEqual([{ 'date-parts': [[2021]] }, { 'date-parts': [[2022, 8, 11]] }]);
  });
});

describe('DOIs wherever a format puts them', () => {
  it('percent-encoded doi.org URLs in DO, doi: prefixes, M3', () => {
    expect(findDoi('http://dx.doi.org/10.1016/0160-4120%2891%2990282-U', true)).toEqual({ doi: '10.1016/0160-4120(91)90282-U' });
    expect(findDoi('doi: 10.1016/j.str.2012.10.007', true)).toEqual({ doi: '10.1016/j.str.2012.10.007' });
    expect(findDoi('https://doi.org/10.1371%2Fjournal.pone.0129675', false)).toEqual({ doi: '10.1371/journal.pone.0129675' });
    // An Embase link resolver URL: the DOI ends where the next query parameter starts.
    expect(findDoi('http://sfx.library.uu.nl/utrecht?sid=EMBASE&issn=0008543X&id=doi:10.1002%2Fcncr.20369&atitle=Endoscopic+ultrasound', false)).toEqual({ doi: '10.1002/cncr.20369' });
    expect(findDoi('https://www.tandfonline.com/doi/pdf/10.1080/20008198.2022.2087980?needAccess=true', false)).toEqual({ doi: '10.1080/20008198.2022.2087980' });
    expect(findDoi('https://www.scopus.com/inward/record.uri?eid=2-s2.0-85074596690&doi=10.1016%2fj.psyneuen.2019.104501&partnerID=40', false)).toEqual({ doi: '10.1016/j.psyneuen.2019.104501' });
    const { records } = readExport('x.ris', 'TY  - JOUR\nTI  - T\nM3  - 10.5555/m3.only\nER  - \n');
    expect(records[0].csl.DOI).toBe('10.5555/m3.only');
  });
  it('a DOI cited in a note (Scopus references, an abstract) is not the record’s', () => {
    const { records } = readExport('x.ris', 'TY  - JOUR\nTI  - T\nN1  - References: Smith, (2014) Rev. Geophys., 52, pp. 557-602. , https://doi.org/10.1002/2014RG000462;\nER  - \n');
    expect(records[0].csl.DOI).toBeUndefined();
  });
  it('a Better BibTeX short DOI is expanded from the record’s own URL, else reported and not written', () => {
    expect(resolveDoi(['10/fqd6hj'], ['https://doi.org/10.1177/0193723504268729'])).toEqual({ DOI: '10.1177/0193723504268729', notes: [expect.stringContaining('short DOI 10/fqd6hj written as the full DOI')] });
    expect(resolveDoi(['10/gfzxgh'], ['https://www.bmj.com/content/364/bmj.l1120'])).toEqual({ notes: [expect.stringContaining('short DOI 10/gfzxgh left out')] });
  });
});

describe('PMIDs and PMCIDs wherever a record labels them', () => {
  it('RIS notes, BibTeX notes, PubMed links', () => {
    expect(labelledPmid('35548170[pmid]')).toBe('35548170');
    expect(labelledPmid('35957633 [PMID]')).toBe('35957633');
    expect(labelledPmid('{PMID:} 23439512')).toBe('23439512');
    expect(labelledPmid('Accession Number: 2019-44150-008. PMID: 31084279 Other Journal Title')).toBe('31084279');
    expect(labelledPmid('https://www.ncbi.nlm.nih.gov/pubmed/32424665')).toBe('32424665');
    expect(labelledPmid('ID: 2779')).toBeUndefined();
    expect(labelledPmcid('PMC9359172 [PMCID]')).toBe('PMC9359172');
    expect(labelledPmcid('{PMCID:} {PMC123}')).toBe('PMC123');
  });
  it('an N1 PMID and a BibTeX note PMID reach the record', () => {
    expect(readExport('x.ris', 'TY  - JOUR\nTI  - T\nN1  - 35548170[pmid]\nER  - \n').records[0].csl.PMID).toBe('35548170');
    expect(readExport('x.bib', '@article{k, title={T}, year={2013}, note = {{PMID:} 23439512}}\n').records[0].csl.PMID).toBe('23439512');
    expect(readExport('x.bib', '@article{k, title={T}, year={2013}, pmid = {29518074}}\n').records[0].csl.PMID).toBe('29518074');
  });
});

describe('keyless BibTeX entries and malformed records', () => {
  it('imports an EndNote entry with no key ("@article{" then a newline), named like any other', () => {
    const plan = importReferences(root, join(real, 'bbt-endnote-keyless.bib'));
    expect(plan.files.map((f) => f.id)).toEqual(['huang-2012']);
  });

  const SCOPUS = 'TY  - JOUR\nTI  - A good record\nAU  - Lee, A.\nPY  - 2020\nDB  - Scopus\nER  - \n\nTY  - JOUR\nAU  - Park, B.\nPY  - 2021\nDB  - Scopus\nER  - \n\nTY  - CONF\nAU  - Choi, C.\nPY  - 2022\nER  - \n';
  it('names every malformed record by file, record and line at once, and by default writes nothing', () => {
    const file = join(root, 'scopus.ris');
    writeFileSync(file, SCOPUS);
    let error: unknown;
    try {
      importReferences(root, file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportErrors);
    const e = error as ImportErrors;
    expect(e.problems.map((p) => `${p.line} ${p.message}`)).toEqual(['8 record 2 (Park, B. 2021) has no title', '14 record 3 (Choi, C. 2022) has no title']);
    expect(e.valid).toBe(1);
    expect(e.format()).toContain(`${file}:8:1  record 2 (Park, B. 2021) has no title\n${file}:14:1  record 3 (Choi, C. 2022) has no title\n    hint:`);
    expect(readdirSync(root)).toEqual(['scopus.ris']);
  });

  it('--skip-invalid imports the good records and lists the rest', () => {
    const file = join(root, 'scopus.ris');
    writeFileSync(file, SCOPUS);
    const plan = importReferences(root, file, undefined, undefined, { skipInvalid: true });
    expect(plan.files.map((f) => f.id)).toEqual(['lee-2020']);
    expect(plan.invalid.map((p) => p.line)).toEqual([8, 14]);
    expect(plan.invalid.every((p) => p instanceof ImportError)).toBe(true);
  });

  it('reads Mendeley entry types with an underscore, and never drops an entry that starts mid-line', () => {
    const { records, problems } = readExport('x.bib', '@book_section{Mills2010,\n title = {The Author’s Perspective},\n author = {Claudia Mills},\n year = {2010}\n}\n@web_page{Shapiro2018, title = {Woke}, year = {2018}}\n');
    expect(records.map((r) => [r.label, r.csl.type])).toEqual([['Mills2010', 'chapter'], ['Shapiro2018', 'webpage']]);
    expect(problems).toEqual([]);
    const joined = readExport('y.bib', '@article{a, title={One}, year={2001}} @article{b, title={Two}, year={2002}}\n');
    expect(joined.records.length + joined.problems.length).toBe(1);
    expect(joined.problems[0]?.message).toContain('2 entries where one was expected');
  });

  it('a broken BibTeX entry names itself; the entries around it still read', () => {
    const { records, problems } = readExport('x.bib', '@article{a, title={One}, year={2001}}\n\n@article{b, title={Two, year={2002}\n\n@article{c, title={Three}, year={2003}}\n');
    expect(records.map((r) => r.label)).toEqual(['a', 'c']);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^record 2 \(b, from line 3\): BibTeX syntax/);
  });

  it('never overwrites an existing file in content/references/, with or without --skip-invalid', () => {
    const refs = join(root, 'content', 'references');
    mkdirSync(refs, { recursive: true });
    writeFileSync(join(refs, 'lee-2020.yaml'), 'keep: me\n');
    const file = join(root, 'scopus.ris');
    writeFileSync(file, SCOPUS);
    const plan = importReferences(root, file, undefined, undefined, { skipInvalid: true });
    expect(plan.files.map((f) => f.id)).toEqual(['lee-2020-b']);
    expect(readFileSync(join(refs, 'lee-2020.yaml'), 'utf8')).toBe('keep: me\n');
  });
});
