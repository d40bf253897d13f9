// npm run import: each export format gives exactly the expected YAML files; duplicates are skipped, nothing is overwritten,
// and a malformed file is refused with its file, record and line.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importReferences } from '../../src/lib/authoring/import-references.ts';
import { ImportError } from '../../src/lib/references/read-exports.ts';
import { referenceSchema } from '../../src/lib/content/schemas.ts';
import { checkContent } from '../../src/lib/check/checker.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'tests', 'fixtures', 'import');
const refsDir = (root: string) => join(root, 'content', 'references');
const EXISTING = 'example-2020.yaml';

/** Every file under content/references/ with its bytes, to prove what changed and what did not. */
const snapshot = (root: string) => Object.fromEntries(readdirSync(refsDir(root)).sort().map((n) => [n, readFileSync(join(refsDir(root), n)).toString('base64')]));

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oe-import-'));
  cpSync(join(fixtures, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const SKIPPED: Record<string, string[]> = {
  'records.bib': ['4 DOI 10.5555/jmtr.2021.0142 is already in record 1 of this file', '5 PMID 1000001 is already in content/references/example-2020.yaml'],
  'records.ris': ['3 DOI 10.5555/FIXTURE.2020.1 is already in content/references/example-2020.yaml'],
  'records.json': [],
  'records.nbib': [],
};

describe('import, one fixture per format', () => {
  for (const name of Object.keys(SKIPPED)) {
    it(`${name}: writes exactly the expected files and skips the duplicates`, () => {
      const before = readFileSync(join(refsDir(root), EXISTING));
      const plan = importReferences(root, join(fixtures, name), undefined, name);
      const expectedDir = join(fixtures, 'expected', name);
      const expected = readdirSync(expectedDir).sort();
      expect(plan.files.map((f) => `${f.id}.yaml`).sort()).toEqual(expected);
      expect(readdirSync(refsDir(root)).sort()).toEqual([...expected, EXISTING].sort());
      for (const file of expected) expect(readFileSync(join(refsDir(root), file), 'utf8'), file).toBe(readFileSync(join(expectedDir, file), 'utf8'));
      expect(plan.skipped.map((s) => `${s.record.index} ${s.reason}`)).toEqual(SKIPPED[name]);
      expect(readFileSync(join(refsDir(root), EXISTING)).equals(before)).toBe(true);
    });
  }

  it('reads a PubMed export saved as .txt like an .nbib', () => {
    const txt = join(root, 'pubmed.txt');
    copyFileSync(join(fixtures, 'records.nbib'), txt);
    const plan = importReferences(root, txt);
    for (const f of plan.files) {
      const expected = readFileSync(join(fixtures, 'expected', 'records.nbib', `${f.id}.yaml`), 'utf8').replace('from records.nbib', 'from pubmed.txt');
      expect(readFileSync(join(root, f.path), 'utf8')).toBe(expected);
    }
    expect(plan.files).toHaveLength(2);
  });

  it('leaves evidence and verified to the editor: the check fails only on the FILL lines, and passes once they are filled', () => {
    for (const name of Object.keys(SKIPPED)) importReferences(root, join(fixtures, name), undefined, name);
    const written = readdirSync(refsDir(root)).filter((n) => n !== EXISTING);
    expect(written).toHaveLength(11);
    const problems = checkContent(root, { today: '2026-11-25' }).problems;
    for (const p of problems) {
      const line = readFileSync(join(root, p.file), 'utf8').split('\n')[p.line - 1];
      expect(line, `${p.file}:${p.line} ${p.message}`).toMatch(/^\s*(evidence|where|date): ""\s+# FILL:/);
      expect(p.message).toMatch(/^(evidence|verified\.where|verified\.date): not filled in yet$/);
    }
    expect(problems).toHaveLength(3 * written.length);

    for (const name of written) {
      const file = join(refsDir(root), name);
      const filled = readFileSync(file, 'utf8')
        .replace(/^evidence: ""/m, 'evidence: RCT')
        .replace(/^ {2}where: ""/m, '  where: "PubMed record and the publisher\'s page: title, authors, journal, year, DOI"')
        .replace(/^ {2}date: ""/m, '  date: "2026-11-25"');
      const parsed = referenceSchema.safeParse(parse(filled));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
      writeFileSync(file, filled);
    }
    expect(checkContent(root, { today: '2026-11-25' }).problems).toEqual([]);
  });
});

describe('import never duplicates or overwrites', () => {
  it('skips every record when the same file is imported twice, and changes no byte', () => {
    importReferences(root, join(fixtures, 'records.bib'));
    const after = snapshot(root);
    const again = importReferences(root, join(fixtures, 'records.bib'));
    expect(again.files).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      'DOI 10.5555/JMTR.2021.0142 is already in content/references/lindqvist-2021.yaml',
      'URL https://example.org/books/manual-therapy-cervical-spine is already in content/references/muller-2019.yaml',
      'DOI 10.5555/fixture.2020.7 is already in content/references/example-2020-b.yaml',
      'DOI 10.5555/jmtr.2021.0142 is already in content/references/lindqvist-2021.yaml',
      'PMID 1000001 is already in content/references/example-2020.yaml',
    ]);
    expect(snapshot(root)).toEqual(after);
  });

  it('gives a different record whose id is taken the next suffix, leaving the existing file as it was', () => {
    const taken = join(refsDir(root), 'lindqvist-2021.yaml');
    writeFileSync(taken, '# another Lindqvist 2021 paper\ntype: article-journal\ntitle: "Something else"\nDOI: 10.5555/other.2021.1\n');
    copyFileSync(taken, join(refsDir(root), 'lindqvist-2021-b.yaml'));
    const before = snapshot(root);
    const plan = importReferences(root, join(fixtures, 'records.bib'));
    expect(plan.files.map((f) => f.id)).toEqual(['lindqvist-2021-c', 'muller-2019', 'example-2020-b']);
    const after = snapshot(root);
    for (const [name, bytes] of Object.entries(before)) expect(after[name]).toBe(bytes);
  });

  it('treats DOIs case-insensitively and ignores https://doi.org/ and doi: prefixes when comparing', () => {
    writeFileSync(join(refsDir(root), 'okafor-2018.yaml'), 'type: article-journal\ntitle: "x"\nDOI: "https://doi.org/10.5555/JCFM.2018.0873"\n');
    const plan = importReferences(root, join(fixtures, 'records.ris'));
    expect(plan.skipped.map((s) => s.reason)).toContain('DOI 10.5555/jcfm.2018.0873 is already in content/references/okafor-2018.yaml');
  });
});

describe('malformed input', () => {
  const cases: Record<string, string> = {
    'missing-brace.bib': 'missing-brace.bib:16:1  record 2 (haddad2019, from line 10): BibTeX syntax: expected "rbrace", got EOF',
    'missing-er.ris': 'missing-er.ris:13:1  record 2 (Massage for neck pain: a survey, from line 8) has no "ER  - " line before the next "TY  - "',
    'trailing-comma.json': 'trailing-comma.json:12:3  record 2: JSON syntax: Expected double-quoted property name',
    'bad-indent.nbib': 'bad-indent.nbib:9:1  record 2 (PMID 1000009, from line 7): not a MEDLINE line: "    adults." (expected "TAG - value" or a continuation indented by six spaces)',
    'untitled.ris': 'untitled.ris:1:1  record 1 (DOI 10.5555/jcfm.2018.0873) has no title',
  };
  for (const [name, message] of Object.entries(cases)) {
    it(`${name}: names the file, the record and the line, and writes nothing`, () => {
      const before = snapshot(root);
      const file = join(fixtures, 'malformed', name);
      let error: unknown;
      try {
        importReferences(root, file);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).format()).toBe(`${file.slice(0, -name.length)}${message}\n    hint: fix this record in the export, or export it again; nothing was imported from this file`);
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('lists the supported formats for an unknown extension', () => {
    const file = join(root, 'refs.docx');
    writeFileSync(file, 'x');
    expect(() => importReferences(root, file)).toThrow('unsupported file type ".docx"');
    try {
      importReferences(root, file);
    } catch (err) {
      expect((err as ImportError).hint).toBe('supported formats: .bib (BibTeX), .ris (RIS), .json (CSL-JSON), .nbib (PubMed MEDLINE), .txt (PubMed MEDLINE saved as text)');
    }
  });

  it('refuses a .txt file that is not a MEDLINE export', () => {
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'TI  - not medline\n');
    expect(() => importReferences(root, file)).toThrow('this one has no "PMID- " line');
  });

  it('refuses a file with no records', () => {
    const file = join(root, 'empty.bib');
    writeFileSync(file, '% nothing here\n');
    expect(() => importReferences(root, file)).toThrow('no records found');
  });
});

describe('npm run import (the script)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'import.ts'), ...args], { cwd: repo, encoding: 'utf8' });

  it('reports what it wrote and skipped, and the next step', () => {
    const r = run(join(fixtures, 'records.bib'), `--root=${root}`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'wrote content/references/lindqvist-2021.yaml  (record 1: lindqvist2021massage)',
        'wrote content/references/muller-2019.yaml  (record 2: muller2019)',
        'wrote content/references/example-2020-b.yaml  (record 3: example2020neck)',
        'skipped record 4 (lindqvist2021again): DOI 10.5555/jmtr.2021.0142 is already in record 1 of this file',
        'skipped record 5 (fixturetrial): PMID 1000001 is already in content/references/example-2020.yaml',
        'next: in each file written, check every field against the source, fill in evidence and verified (the lines marked FILL), then run npm run check',
        '',
      ].join('\n'),
    );
  });

  it('prints notes on changed types', () => {
    const r = run(join(fixtures, 'records.json'), `--root=${root}`);
    expect(r.stdout).toContain('wrote content/references/ng-2016.yaml  (record 2: ng2016)\n    note: type "thesis" imported as "report"\n');
  });

  it('exits 1 with path:line:col on a malformed file', () => {
    const r = run(join(fixtures, 'malformed', 'missing-er.ris'), `--root=${root}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing-er\.ris:13:1 {2}record 2 /);
  });

  it('asks for a file when given none', () => {
    const r = run(`--root=${root}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('import: name a file to import');
  });
});

describe('an imported abstract holds every quote to the record (the invented-quote case)', () => {
  /** The imported nbib record filled in as an editor would, plus one claim quoting it. */
  function editorTree(quote: string): string {
    importReferences(root, join(fixtures, 'records.nbib'), undefined, 'records.nbib');
    const file = join(refsDir(root), 'tanaka-2022.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^evidence: "".*$/m, 'evidence: case report')
        .replace(/^ {2}where: "".*$/m, '  where: "fixture PubMed export"')
        .replace(/^ {2}date: "".*$/m, '  date: "2025-01-01"'),
    );
    cpSync(join(repo, 'tests', 'fixtures', 'valid', 'content', 'claims'), join(root, 'content', 'claims'), { recursive: true });
    writeFileSync(join(root, 'content', 'claims', 'tanaka-claim.mdx'), ['---', 'statement: "A man developed weakness after a neck massage."', 'design: case report', 'sources:', '  - ref: tanaka-2022', '    locator: abstract', `    quote: ${JSON.stringify(quote)}`, '---', ''].join('\n'));
    return root;
  }

  it('refuses a quote that is not in the imported abstract, at its line, with the record\'s closest sentence', () => {
    const problems = checkContent(editorTree('A man in his sixties had no weakness at all after a neck massage.'), { today: '2025-11-25' }).problems.filter((p) => p.file.endsWith('tanaka-claim.mdx'));
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toEqual(['7 quote/not-in-record']);
    expect(problems[0].hint).toContain('"A fictional case: a man in his sixties developed weakness of all four limbs after a neck massage."');
  });

  it('accepts the quote copied from the abstract', () => {
    const problems = checkContent(editorTree('a man in his sixties developed weakness of all four limbs after a neck massage'), { today: '2025-11-25' }).problems.filter((p) => p.file.endsWith('tanaka-claim.mdx'));
    expect(problems).toEqual([]);
  });
});
