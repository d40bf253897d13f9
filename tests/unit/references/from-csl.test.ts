// The pieces behind npm run import: identifier normalisation, type and name mapping, ids, MEDLINE parsing, duplicate rules, fetching.
import { describe, it, expect } from 'vitest';
import { normaliseDoi, normalisePmid, normalisePmcid, mapType, mapDate, toReference, baseId, freeId } from '../../../src/lib/references/from-csl.ts';
import { parseMedline, medlineDate, expandPages, medlineToCsl, MedlineSyntaxError } from '../../../src/lib/references/medline.ts';
import { planImport, type ExistingReferences } from '../../../src/lib/authoring/import-references.ts';
import type { SourceRecord } from '../../../src/lib/references/read-exports.ts';
import { fetchRecord, isLookup } from '../../../src/lib/references/fetch.ts';

describe('identifiers', () => {
  it('strips DOI prefixes and keeps the case', () => {
    expect(normaliseDoi('https://doi.org/10.5555/ABC.1')).toBe('10.5555/ABC.1');
    expect(normaliseDoi('http://dx.doi.org/10.1002/%28SICI%291097')).toBe('10.1002/(SICI)1097');
    expect(normaliseDoi(' doi: 10.5555/x.')).toBe('10.5555/x');
    expect(normaliseDoi('DOI:10.5555/x')).toBe('10.5555/x');
    expect(normaliseDoi('')).toBeUndefined();
  });
  it('keeps PMID digits only', () => {
    expect(normalisePmid('PMID: 12345678')).toBe('12345678');
    expect(normalisePmid(1000008)).toBe('1000008');
    expect(normalisePmid('0042')).toBe('42');
    expect(normalisePmid('abc')).toBeUndefined();
  });
  it('writes PMCIDs as PMC followed by digits', () => {
    expect(normalisePmcid('pmc123')).toBe('PMC123');
    expect(normalisePmcid('PMC 123')).toBe('PMC123');
    expect(normalisePmcid('123')).toBe('PMC123');
    expect(normalisePmcid('PMCID: PMC9')).toBe('PMC9');
    expect(normalisePmcid('x1')).toBeUndefined();
  });
});

describe('CSL mapping', () => {
  it('maps types onto the five allowed, with a note when it changes one', () => {
    expect(mapType({ type: 'article-journal' })).toEqual({ type: 'article-journal' });
    expect(mapType({ type: 'paper-conference' })).toEqual({ type: 'chapter', note: 'type "paper-conference" imported as "chapter"' });
    expect(mapType({ type: 'document', URL: 'https://x.org' }).type).toBe('webpage');
    expect(mapType({ type: 'document', 'container-title': 'J' }).type).toBe('article-journal');
    expect(mapType({}).type).toBe('report');
  });
  it('reads dates from date-parts, raw and literal, dropping seasons', () => {
    expect(mapDate({ 'date-parts': [['2019', '7', '3']] })).toEqual([2019, 7, 3]);
    expect(mapDate({ 'date-parts': [[2019, 22]] })).toEqual([2019]);
    expect(mapDate({ raw: '2016-05' })).toEqual([2016, 5]);
    expect(mapDate({ literal: 'Spring 2015' })).toEqual([2015]);
    expect(mapDate('n.d.')).toBeUndefined();
  });
  it('joins name particles and turns an organisation into a literal', () => {
    const { reference } = toReference({
      title: 'T.',
      author: [{ family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }, { family: 'World Health Organization' }, { family: 'Jones', given: 'A', suffix: 'Jr' }],
    });
    expect(reference.author).toEqual([{ family: 'Beethoven', given: 'Ludwig van' }, { literal: 'World Health Organization' }, { family: 'Jones', given: 'A', suffix: 'Jr' }]);
    expect(reference.title).toBe('T');
  });
  it('drops a doi.org URL that repeats the DOI, and bad identifiers with a note', () => {
    const { reference, notes } = toReference({ title: 'x', DOI: '10.5555/a', URL: 'https://doi.org/10.5555/A', PMID: 'n/a', PMCID: 'none', type: 'article-journal' });
    expect(reference).toEqual({ type: 'article-journal', title: 'x', DOI: '10.5555/a' });
    expect(notes).toEqual(['PMID "n/a" is not a PubMed id; left out', 'PMCID "none" is not a PubMed Central id; left out']);
  });
});

describe('ids', () => {
  it('uses the first author and year, ASCII-folded', () => {
    expect(baseId({ title: 'x', author: [{ family: 'Çelik-Øster', given: 'A' }], issued: { 'date-parts': [[2021]] } })).toBe('celik-oster-2021');
    expect(baseId({ title: 'x', author: [{ literal: 'NICE' }] })).toBe('nice-nd');
    expect(baseId({ title: 'Über die Massage bei Nackenschmerz' })).toBe('uber-die-massage-nd');
  });
  it('adds -b, -c … while an id is taken', () => {
    const taken = new Set(['smith-2020', 'smith-2020-b']);
    expect(freeId('smith-2020', (id) => taken.has(id))).toBe('smith-2020-c');
    expect(freeId('jones-2020', (id) => taken.has(id))).toBe('jones-2020');
  });
});

describe('MEDLINE', () => {
  it('joins continuation lines and pairs FAU with AU', () => {
    const [rec] = parseMedline('PMID- 1\nTI  - A long\n      title.\nFAU - Doe, Jane\nAU  - Doe J\nAU  - Roe R\nCN  - Group\n');
    const csl = medlineToCsl(rec);
    expect(csl.title).toBe('A long title.');
    expect(csl.author).toEqual([{ family: 'Doe', given: 'Jane' }, { family: 'Roe', given: 'R' }, { literal: 'Group' }]);
  });
  it('reads dates and expands abbreviated page ranges', () => {
    expect(medlineDate('2022 Mar 15')).toEqual([2022, 3, 15]);
    expect(medlineDate('2022 Mar-Apr')).toEqual([2022, 3]);
    expect(medlineDate('2015 Spring')).toEqual([2015]);
    expect(expandPages('389-92')).toBe('389-392');
    expect(expandPages('1201-1209')).toBe('1201-1209');
    expect(expandPages('e123')).toBe('e123');
  });
  it('refuses a record that does not start with PMID, with its line', () => {
    expect(() => parseMedline('PMID- 1\nTI  - x\n\nTI  - y\n')).toThrow(MedlineSyntaxError);
    try {
      parseMedline('PMID- 1\nTI  - x\n\nTI  - y\n');
    } catch (err) {
      expect((err as MedlineSyntaxError).line).toBe(4);
      expect((err as MedlineSyntaxError).record).toBe(2);
    }
  });
});

describe('planImport', () => {
  const none = (): ExistingReferences => ({ ids: new Set(), doi: new Map(), pmid: new Map(), url: new Map(), titleYear: new Map() });
  const rec = (index: number, csl: SourceRecord['csl']): SourceRecord => ({ index, line: index, label: `r${index}`, csl });
  it('takes a record with neither DOI nor PMID, of the same title and year, as the same source', () => {
    const plan = planImport('x', [rec(1, { title: 'Neck pain', issued: { 'date-parts': [[2020]] } }), rec(2, { title: 'Neck Pain.', issued: { 'date-parts': [[2020]] } }), rec(3, { title: 'Neck pain', issued: { 'date-parts': [[2021]] } })], none());
    expect(plan.files.map((f) => f.record.index)).toEqual([1, 3]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['a source with the same title and year is already in record 1 of this file']);
  });
  it('notes a record with no DOI, PMID or URL', () => {
    expect(planImport('x', [rec(1, { title: 'T' })], none()).files[0].notes).toContain('no DOI, PMID or URL: add one from the record you verify, or the check fails');
  });
});

describe('fetchRecord', () => {
  it('recognises doi: and pmid: arguments', () => {
    expect(isLookup('doi:10.5555/x')).toBe(true);
    expect(isLookup('PMID:123')).toBe(true);
    expect(isLookup('refs.bib')).toBe(false);
  });
  it('says clearly when the network is closed', async () => {
    const offline = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    }) as unknown as typeof fetch;
    await expect(fetchRecord('doi:10.5555/x', offline)).rejects.toThrow('could not reach doi.org to look up doi:10.5555/x (ENOTFOUND); the network may be closed here');
  });
  it('asks doi.org for CSL-JSON and PubMed for MEDLINE', async () => {
    const calls: string[] = [];
    const fake = (async (url: string, init?: RequestInit) => {
      calls.push(`${url} ${JSON.stringify(init?.headers)}`);
      return new Response(url.includes('pubmed') ? 'PMID- 123\nTI  - x\n' : '{"title":"x"}', { status: 200 });
    }) as unknown as typeof fetch;
    expect(await fetchRecord('pmid:123', fake)).toEqual({ name: 'pmid-123.nbib', text: 'PMID- 123\nTI  - x\n' });
    expect(await fetchRecord('doi:https://doi.org/10.5555/A.1', fake)).toEqual({ name: 'doi-10.5555/A.1.json', text: '{"title":"x"}' });
    expect(calls[0]).toMatch(/^https:\/\/eutils\.ncbi\.nlm\.nih\.gov\/entrez\/eutils\/efetch\.fcgi\?db=pubmed&id=123&rettype=medline&retmode=text/);
    expect(calls[1]).toBe('https://doi.org/10.5555/A.1 {"Accept":"application/vnd.citationstyles.csl+json"}');
  });
  it('refuses identifiers that cannot be right before going online', async () => {
    const never = (async () => expect.unreachable()) as unknown as typeof fetch;
    await expect(fetchRecord('pmid:12a', never)).rejects.toThrow('"12a" is not a PMID');
    await expect(fetchRecord('doi:abc', never)).rejects.toThrow('"abc" is not a DOI');
  });
});
