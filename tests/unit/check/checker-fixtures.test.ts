// Fixture trees: the valid tree passes; each broken tree yields exactly the problems in its expected.txt.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../../src/lib/list-files.ts';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { formatProblem } from '../../../src/lib/problems/format.ts';
import { RULES, RULE_IDS } from '../../../src/lib/problems/rules.ts';
import { fixtureTrees, materialize, tree, VALID } from '../../fixtures/trees.ts';

/** Rules no fixture tree shows (a symbolic link cannot be committed portably, …), with the test that covers each. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'files/symlink': 'tests/unit/content/content-files.test.ts',
  'files/not-plain': 'tests/unit/content/content-files.test.ts',
  'files/too-large': 'tests/unit/content/content-files.test.ts',
  'mdx/raw-html': 'tests/unit/mdx/policy.test.ts',
};
/** A fixed "today" so review dates give the same problems on any day. */
const today = '2025-11-25';

describe('checker on fixture trees', () => {
  it('accepts the valid tree with no problems', () => {
    const result = checkContent(VALID, { today });
    expect(result.problems).toEqual([]);
    expect(result.entries).toBe(10);
  });

  const broken = fixtureTrees('broken');
  for (const t of broken) {
    it(`reports exactly the expected problems, its rule among them: broken/${t.name}`, () => {
      const expected = readFileSync(join(t.dir, 'expected.txt'), 'utf8').trimEnd();
      const { problems } = checkContent(materialize(t.dir), { today });
      expect(problems.map((p) => p.rule)).toContain(t.rule);
      expect(problems.map(formatProblem).join('\n')).toBe(expected);
    });
  }

  const warnings = fixtureTrees('warnings');
  for (const t of warnings) {
    it(`reports exactly the expected warnings, its rule among them, and no errors: warnings/${t.name}`, () => {
      const expected = readFileSync(join(t.dir, 'expected.txt'), 'utf8').trimEnd();
      const { problems } = checkContent(materialize(t.dir), { today });
      expect(problems.map((p) => p.rule)).toContain(t.rule);
      expect(problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(problems.map(formatProblem).join('\n')).toBe(expected);
    });
  }

  it('keeps each overlay to the files it changes (none is a copy of the valid tree)', () => {
    const copies = [...broken, ...warnings].flatMap((t) =>
      listFiles(join(t.dir, 'content'))
        .map((f) => relative(join(t.dir, 'content'), f))
        .filter((rel) => existsSync(join(VALID, 'content', rel)) && readFileSync(join(VALID, 'content', rel), 'utf8') === readFileSync(join(t.dir, 'content', rel), 'utf8'))
        .map((rel) => `${t.name}: ${rel}`),
    );
    expect(copies).toEqual([]);
  });

  it("lists every rule of the catalogue in CONTRIBUTING's table, with its severity", () => {
    const contributing = readFileSync(join(import.meta.dirname, '..', '..', '..', 'CONTRIBUTING.md'), 'utf8');
    const rows = [...contributing.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (error|warning) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(RULE_IDS.map((id) => `${id} ${RULES[id].severity}`));
  });

  it('shows every rule of the catalogue in some fixture tree, or names the test that covers it', () => {
    const shown = new Set([...broken, ...warnings].flatMap((t) => [...readFileSync(join(t.dir, 'expected.txt'), 'utf8').matchAll(/ \[([a-z-]+\/[a-z-]+)\]$/gm)].map((m) => m[1])));
    const missing = RULE_IDS.filter((r) => !shown.has(r) && !(r in COVERED_ELSEWHERE));
    expect(missing).toEqual([]);
    for (const [rule, file] of Object.entries(COVERED_ELSEWHERE)) {
      expect(shown.has(rule), `${rule} is shown by a fixture now: drop it from COVERED_ELSEWHERE`).toBe(false);
      expect(readFileSync(join(import.meta.dirname, '..', '..', '..', file), 'utf8'), `${file} should test ${rule}`).toContain(rule);
    }
  });

  it('counts a review date as overdue only once it has passed: due today is not overdue', () => {
    const dir = materialize(tree('warnings', 'review/overdue'));
    expect(checkContent(dir, { today: '2025-01-01' }).problems).toEqual([]);
    const next = checkContent(dir, { today: () => new Date(2025, 0, 2, 12) }).problems;
    expect(next.map((p) => p.message)).toEqual(['review overdue: next_review_due 2025-01-01 passed 1 day ago']);
  });

  it('points each overdue warning at the date it is about', () => {
    const dir = materialize(tree('warnings', 'review/overdue'));
    for (const p of checkContent(dir, { today }).problems) {
      const file = readFileSync(join(dir, p.file), 'utf8').split('\n')[p.line - 1];
      expect(file.slice(p.column - 1)).toMatch(/^"\d{4}-\d{2}-\d{2}"$/);
      expect(file).toMatch(/^(next_review_due|review_by):/);
    }
  });

  it('names all three unknown ids of one sentence, each with its line and column, in one run', () => {
    const { problems } = checkContent(materialize(tree('broken', 'citation/unknown-reference')), { today });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'content/articles/fixture-article.mdx:25:24 unknown reference id "@nope-five"',
      'content/articles/fixture-article.mdx:25:38 unknown reference id "@nope-six"',
      'content/articles/fixture-article.mdx:25:54 unknown reference id "@nope-seven"',
    ]);
  });

  it('points at the @ of each unknown citation in the source file', () => {
    const dir = materialize(tree('broken', 'citation/unknown-reference'));
    const lines = readFileSync(join(dir, 'content/articles/fixture-article.mdx'), 'utf8').split('\n');
    for (const p of checkContent(dir, { today }).problems) expect(lines[p.line - 1][p.column - 1]).toBe('@');
  });
  it("refuses each of the seed answer's fabricated figures at the figure's own line and column", () => {
    const seen = new Set<string>();
    for (const name of ['figure/claim', 'figure/recommendation', 'figure/article', 'figure/body']) {
      const dir = materialize(tree('broken', name));
      for (const p of checkContent(dir, { today }).problems.filter((x) => x.rule.startsWith('figure/'))) {
        const figure = /^figure "(.+?)"/.exec(p.message)?.[1];
        expect(figure, p.message).toBeDefined();
        const line = readFileSync(join(dir, p.file), 'utf8').split('\n')[p.line - 1];
        expect(line.slice(p.column - 1).startsWith(figure!)).toBe(true);
        seen.add(figure!);
      }
    }
    expect([...seen].sort()).toEqual(['16%', '40–44%', '75%', '97%']);
  });
});
