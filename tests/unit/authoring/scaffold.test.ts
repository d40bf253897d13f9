// npm run new: each kind's file fails the check exactly at its FILL lines, passes its schema once filled, and never overwrites.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../../src/lib/content/schemas.ts';
import { splitFrontmatter } from '../../../src/lib/mdx/pipeline.ts';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { KINDS, createEntry, renderTemplate, ScaffoldError, type Kind } from '../../../src/lib/authoring/scaffold.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const TODAY = '2026-11-25';
const clock = () => new Date(2026, 10, 25, 9, 30);

/** What an editor would type on each FILL line, by the line's key; plausible values that exist in the valid fixture tree. */
const FILLS: Record<Kind, Record<string, string>> = {
  article: {
    title: '"Massage for the fixture condition"',
    question: '"Is massage safe for people with the fixture condition?"',
    clinician: '"Probably, in the fixture trial."',
    patient: '"Probably yes."',
    name: 'Ann Editor',
    body: 'In the fixture trial the test intervention did something [@fixture-trial-2020, p. 2].',
  },
  claim: {
    statement: '"In the fixture trial, the test intervention did something."',
    design: 'RCT',
    ref: 'fixture-trial-2020',
    locator: 'abstract',
    quote: '"The test intervention did something in two of three participants."',
  },
  recommendation: {
    statement: '"We suggest the test intervention for adults with the fixture condition."',
    direction: 'for',
    strength: 'conditional',
    certainty: 'low',
    basis: 'editorial',
    population: '"Adults with the fixture condition."',
    claims: '[fixture-claim-one]',
    rationale: '"One small fixture trial."',
  },
  reference: {
    title: '"A second fixture trial"',
    family: 'Example',
    'date-parts': '- [2024, 3]',
    DOI: '10.5555/fixture.2024.3',
    PMID: '"1000003"',
    evidence: 'RCT',
    where: '"PubMed record 1000003 and the publisher\'s page: title, authors, year, DOI"',
    date: `"${TODAY}"`,
  },
  symptom: { name: 'Test ache', lay: '["sore test spot"]', region: 'nowhere' },
  condition: { name: '"Second fixture condition"', summary: '"Another fictional condition."' },
  'red-flag': { name: '"Fixture warning sign"', lay: '["test tingle gone wild"]', tier: 'soon', ref: 'fixture-guideline-2021', locator: 'section 2', quote: '"Get help the same day for a test tingle spreading fast."' },
};

const FILL_LINE = /^(\s*(?:- )?)([\w-]+): .*?\s#\s*FILL:.*$/;
const FILL_ITEM = /^(\s*)- \[\]\s+#\s*FILL:.*$/;

/** The 1-based line numbers marked FILL, with the key each one fills. */
function fillLines(text: string): { line: number; key: string }[] {
  return text.split('\n').flatMap((l, i) => {
    if (/^FILL:/.test(l)) return [{ line: i + 1, key: 'body' }];
    if (FILL_ITEM.test(l)) return [{ line: i + 1, key: 'date-parts' }];
    const m = FILL_LINE.exec(l);
    return m ? [{ line: i + 1, key: m[2] }] : [];
  });
}

/** Fills the FILL lines of `text` the way an editor would (keeping the comments), except `skip`. */
function fill(kind: Kind, text: string, skip?: number): string {
  const values = FILLS[kind];
  return text
    .split('\n')
    .map((l, i) => {
      if (i + 1 === skip) return l;
      if (/^FILL:/.test(l)) return values.body;
      const item = FILL_ITEM.exec(l);
      if (item) return `${item[1]}${values['date-parts']}  # FILL: done`;
      const m = FILL_LINE.exec(l);
      if (!m) return l;
      if (!(m[2] in values)) throw new Error(`no fill for ${kind}.${m[2]}`);
      return `${m[1]}${m[2]}: ${values[m[2]]}  # FILL: done`;
    })
    .join('\n');
}

function frontmatter(kind: Kind, text: string): unknown {
  return parse(COLLECTIONS[KINDS[kind]].ext === '.mdx' ? splitFrontmatter(text).frontmatter : text);
}

const kinds = Object.keys(KINDS) as Kind[];

describe('renderTemplate', () => {
  for (const kind of kinds) {
    it(`${kind}: fails its schema as written, passes once every FILL line is filled`, () => {
      const text = renderTemplate(kind, TODAY);
      const schema = COLLECTIONS[KINDS[kind]].schema;
      expect(fillLines(text).length).toBeGreaterThan(0);
      expect(fillLines(text).map((f) => f.key).sort()).toEqual(Object.keys(FILLS[kind]).sort());
      expect(schema.safeParse(frontmatter(kind, text)).success).toBe(false);
      const filled = schema.safeParse(frontmatter(kind, fill(kind, text)));
      expect(filled.error?.issues ?? []).toEqual([]);
    });
  }

  it('dates an article from today and makes it a draft with no reviewers', () => {
    const data = frontmatter('article', renderTemplate('article', '2026-02-28')) as Record<string, unknown>;
    expect(data).toMatchObject({ status: 'draft', reviewers: [], evidence_searched: '2026-02-28', next_review_due: '2027-02-28' });
  });

  it('sets a recommendation\'s review_by a year ahead', () => {
    expect(frontmatter('recommendation', renderTemplate('recommendation', '2024-02-29'))).toMatchObject({ review_by: '2025-02-28' });
  });
});

describe('createEntry in a content tree', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'oe-new-'));
    cpSync(join(repo, 'tests', 'fixtures', 'valid', 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  for (const kind of kinds) {
    it(`${kind}: the check fails at each FILL line left, and passes once all are filled`, () => {
      const created = createEntry(root, kind, `new-${kind}`, clock);
      const ext = COLLECTIONS[KINDS[kind]].ext;
      expect(created.path).toBe(`content/${KINDS[kind]}/new-${kind}${ext}`);
      const full = join(root, created.path);
      expect(readFileSync(full, 'utf8')).toBe(renderTemplate(kind, TODAY));
      const errorsIn = () => checkContent(root, { today: TODAY }).problems.filter((p) => p.file === created.path);

      const untouched = errorsIn();
      expect(untouched.length).toBeGreaterThan(0);
      expect(untouched.every((p) => p.severity === 'error')).toBe(true);

      for (const { line, key } of fillLines(created.text)) {
        writeFileSync(full, fill(kind, created.text, line));
        const problems = errorsIn();
        expect(problems.some((p) => p.line === line), `${kind}.${key} (line ${line}) left unfilled is reported at its line`).toBe(true);
        if (key !== 'body') expect(problems.every((p) => p.line === line && p.hint?.startsWith('FILL: '))).toBe(true);
      }

      writeFileSync(full, fill(kind, created.text));
      expect(checkContent(root, { today: TODAY }).problems).toEqual([]);
    });
  }

  it('never overwrites an existing entry', () => {
    const existing = join(root, 'content', 'claims', 'fixture-claim-one.mdx');
    const before = readFileSync(existing);
    expect(() => createEntry(root, 'claim', 'fixture-claim-one', clock)).toThrow(new ScaffoldError('content/claims/fixture-claim-one.mdx already exists', 'choose another id, or edit the existing claim instead'));
    expect(readFileSync(existing).equals(before)).toBe(true);
  });

  it('refuses an invalid id and suggests its slug', () => {
    try {
      createEntry(root, 'claim', 'Neck Pain: Müller 2024', clock);
      expect.unreachable();
    } catch (err) {
      expect((err as ScaffoldError).message).toBe('"Neck Pain: Müller 2024" is not a valid id');
      expect((err as ScaffoldError).hint).toBe('ids are lower-case letters, digits and hyphens; try "neck-pain-muller-2024"');
    }
  });

  it('refuses an unknown kind with a did-you-mean', () => {
    expect(() => createEntry(root, 'recomendation', 'x', clock)).toThrow(/unknown kind "recomendation"/);
    try {
      createEntry(root, 'claims', 'x', clock);
    } catch (err) {
      expect((err as ScaffoldError).hint).toBe('did you mean "claim"? (kinds: article, claim, recommendation, reference, symptom, condition, red-flag)');
    }
    try {
      createEntry(root, 'zzzzzz', 'x', clock);
    } catch (err) {
      expect((err as ScaffoldError).hint).toBe('use one of: article, claim, recommendation, reference, symptom, condition, red-flag');
    }
  });

  it('asks for a missing kind or id', () => {
    expect(() => createEntry(root, undefined, undefined)).toThrow('say which kind of entry to create');
    expect(() => createEntry(root, 'symptom', undefined)).toThrow('say the id of the new symptom');
  });
});

describe('npm run new (the script)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'new.ts'), ...args], { cwd: repo, encoding: 'utf8' });
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'oe-new-script-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints the path written and the next step, then refuses to write it again', () => {
    const first = run('claim', 'my-claim', `--root=${root}`);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('wrote content/claims/my-claim.mdx\nnext: fill in every line marked FILL in content/claims/my-claim.mdx, then run npm run check\n');
    const second = run('claim', 'my-claim', `--root=${root}`);
    expect(second.status).toBe(1);
    expect(second.stderr).toBe('new: content/claims/my-claim.mdx already exists\n    hint: choose another id, or edit the existing claim instead\n');
  });

  it('joins an unquoted id of several words so the hint can suggest one', () => {
    const r = run('symptom', 'Pins', 'and', 'Needles', `--root=${root}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('new: "Pins and Needles" is not a valid id\n    hint: ids are lower-case letters, digits and hyphens; try "pins-and-needles"\n');
  });
});

describe('npm run new -- question <slug>', () => {
  it('starts the article, its claim and its recommendation at once, linked, failing the check only at their FILL lines', async () => {
    const { createQuestion } = await import('../../../src/lib/authoring/scaffold.ts');
    const dir = mkdtempSync(join(tmpdir(), 'oe-question-'));
    try {
      cpSync(join(repo, 'tests', 'fixtures', 'valid', 'content'), join(dir, 'content'), { recursive: true });
      const created = createQuestion(dir, 'heat-for-neck-pain', clock);
      expect(created.map((c) => c.path)).toEqual([
        'content/articles/heat-for-neck-pain.mdx',
        'content/claims/heat-for-neck-pain-finding.mdx',
        'content/recommendations/heat-for-neck-pain-recommendation.mdx',
      ]);
      expect(created[0].text).toContain('<Claim id="heat-for-neck-pain-finding" />');
      expect(created[0].text).toContain('<Recommendation id="heat-for-neck-pain-recommendation" />');
      expect(created[2].text).toMatch(/^claims: \[heat-for-neck-pain-finding\]/m);
      const problems = checkContent(dir, { today: TODAY }).problems.filter((p) => created.some((c) => c.path === p.file));
      // Every error is a line still to fill in (or what an unfilled line leaves: an empty body, no source yet).
      for (const p of problems.filter((x) => x.severity === 'error')) {
        const line = readFileSync(join(dir, p.file), 'utf8').split('\n')[p.line - 1];
        expect(`${p.rule} ${line}`, `${p.file}:${p.line}`).toMatch(/FILL|^claim\/no-source|^article\/cites-nothing|^recommendation\/no-claim/);
      }
      expect(problems.filter((p) => p.rule === 'element/unknown-id' || p.rule === 'entry/unknown-id')).toEqual([]);
      // Nothing is written again over an existing answer.
      expect(() => createQuestion(dir, 'heat-for-neck-pain', clock)).toThrow(/already exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
