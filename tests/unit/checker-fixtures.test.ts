// Fixture trees: the valid tree passes; each broken tree yields exactly the problems in its expected.txt.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checker.ts';
import { formatProblem } from '../../src/lib/format-problems.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('checker on fixture trees', () => {
  it('accepts the valid tree with no problems', () => {
    const result = checkContent(join(fixtures, 'valid'));
    expect(result.problems).toEqual([]);
    expect(result.entries).toBe(8);
  });

  const broken = readdirSync(join(fixtures, 'broken')).sort();
  it('has a broken tree for every rule', () => expect(broken.length).toBeGreaterThanOrEqual(25));

  for (const name of broken) {
    it(`reports exactly the expected problems: ${name}`, () => {
      const dir = join(fixtures, 'broken', name);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd();
      const { problems } = checkContent(dir);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map(formatProblem).join('\n')).toBe(expected);
    });
  }

  it('names all three unknown ids of one sentence, each with its line and column, in one run', () => {
    const { problems } = checkContent(join(fixtures, 'broken', 'unknown-citations'));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'content/articles/fixture-article.mdx:25:24 unknown reference id "@nope-five"',
      'content/articles/fixture-article.mdx:25:38 unknown reference id "@nope-six"',
      'content/articles/fixture-article.mdx:25:54 unknown reference id "@nope-seven"',
    ]);
  });

  it('points at the @ of each unknown citation in the source file', () => {
    const dir = join(fixtures, 'broken', 'unknown-citations');
    const lines = readFileSync(join(dir, 'content/articles/fixture-article.mdx'), 'utf8').split('\n');
    for (const p of checkContent(dir).problems) expect(lines[p.line - 1][p.column - 1]).toBe('@');
  });
});
