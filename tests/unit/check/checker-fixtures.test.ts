// Fixture trees: the valid tree passes; each broken tree yields exactly the problems in its expected.txt.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { formatProblem } from '../../../src/lib/problems/format.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
/** A fixed "today" so review dates give the same problems on any day. */
const today = '2025-11-25';

describe('checker on fixture trees', () => {
  it('accepts the valid tree with no problems', () => {
    const result = checkContent(join(fixtures, 'valid'), { today });
    expect(result.problems).toEqual([]);
    expect(result.entries).toBe(8);
  });

  const broken = readdirSync(join(fixtures, 'broken')).sort();
  it('has a broken tree for every rule', () => expect(broken.length).toBeGreaterThanOrEqual(25));

  for (const name of broken) {
    it(`reports exactly the expected problems: ${name}`, () => {
      const dir = join(fixtures, 'broken', name);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd();
      const { problems } = checkContent(dir, { today });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map(formatProblem).join('\n')).toBe(expected);
    });
  }

  const warnings = readdirSync(join(fixtures, 'warnings')).sort();
  for (const name of warnings) {
    it(`reports exactly the expected warnings, and no errors: ${name}`, () => {
      const dir = join(fixtures, 'warnings', name);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd();
      const { problems } = checkContent(dir, { today });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(problems.map(formatProblem).join('\n')).toBe(expected);
    });
  }

  it('counts a review date as overdue only once it has passed: due today is not overdue', () => {
    const dir = join(fixtures, 'warnings', 'review-overdue');
    expect(checkContent(dir, { today: '2025-01-01' }).problems).toEqual([]);
    const next = checkContent(dir, { today: () => new Date(2025, 0, 2, 12) }).problems;
    expect(next.map((p) => p.message)).toEqual(['review overdue: next_review_due 2025-01-01 passed 1 day ago']);
  });

  it('points each overdue warning at the date it is about', () => {
    const dir = join(fixtures, 'warnings', 'review-overdue');
    for (const p of checkContent(dir, { today }).problems) {
      const file = readFileSync(join(dir, p.file), 'utf8').split('\n')[p.line - 1];
      expect(file.slice(p.column - 1)).toMatch(/^"\d{4}-\d{2}-\d{2}"$/);
      expect(file).toMatch(/^(next_review_due|review_by):/);
    }
  });

  it('names all three unknown ids of one sentence, each with its line and column, in one run', () => {
    const { problems } = checkContent(join(fixtures, 'broken', 'unknown-citations'), { today });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'content/articles/fixture-article.mdx:25:24 unknown reference id "@nope-five"',
      'content/articles/fixture-article.mdx:25:38 unknown reference id "@nope-six"',
      'content/articles/fixture-article.mdx:25:54 unknown reference id "@nope-seven"',
    ]);
  });

  it('points at the @ of each unknown citation in the source file', () => {
    const dir = join(fixtures, 'broken', 'unknown-citations');
    const lines = readFileSync(join(dir, 'content/articles/fixture-article.mdx'), 'utf8').split('\n');
    for (const p of checkContent(dir, { today }).problems) expect(lines[p.line - 1][p.column - 1]).toBe('@');
  });
  it("refuses each of the seed answer's fabricated figures at the figure's own line and column", () => {
    const seen = new Set<string>();
    for (const name of ['figure-in-claim-statement', 'figure-in-recommendation-rationale', 'figure-in-bottom-line', 'figure-in-body-paragraph']) {
      const dir = join(fixtures, 'broken', name);
      for (const p of checkContent(dir, { today }).problems) {
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
