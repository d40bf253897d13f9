// Watch mode's diff: moved problems are not new, fixed ones are named where they were, duplicates are counted.
import { describe, it, expect } from 'vitest';
import { diffProblems, formatDiff, formatFixed } from '../../../src/lib/problems/diff.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

const p = (file: string, line: number, message: string, severity: Problem['severity'] = 'error', hint?: string): Problem => ({ rule: severity === 'error' ? 'citation/unknown-reference' : 'review/overdue', file, line, column: 3, message, hint, severity });

describe('diffProblems', () => {
  it('finds nothing changed between equal runs', () => {
    const run = [p('a.mdx', 1, 'x'), p('b.mdx', 2, 'y', 'warning')];
    expect(diffProblems(run, run)).toEqual({ added: [], fixed: [], kept: run });
  });

  it('reports new and fixed problems', () => {
    const d = diffProblems([p('a.mdx', 1, 'old')], [p('a.mdx', 4, 'new')]);
    expect(d.added).toEqual([p('a.mdx', 4, 'new')]);
    expect(d.fixed).toEqual([p('a.mdx', 1, 'old')]);
  });

  it('treats a problem moved by an edit above it as the same problem', () => {
    const d = diffProblems([p('a.mdx', 5, 'x')], [p('a.mdx', 7, 'x')]);
    expect(d).toEqual({ added: [], fixed: [], kept: [p('a.mdx', 7, 'x')] });
  });

  it('keeps problems with the same message in different files apart', () => {
    const d = diffProblems([p('a.mdx', 5, 'x')], [p('b.mdx', 5, 'x')]);
    expect(d.added).toHaveLength(1);
    expect(d.fixed).toHaveLength(1);
  });

  it('matches repeated messages by place first, so the one that went away is the one reported fixed', () => {
    const d = diffProblems([p('a.mdx', 2, 'x'), p('a.mdx', 9, 'x')], [p('a.mdx', 9, 'x')]);
    expect(d.fixed).toEqual([p('a.mdx', 2, 'x')]);
    expect(d.added).toEqual([]);
  });

  it('counts a duplicated problem as new', () => {
    const d = diffProblems([p('a.mdx', 2, 'x')], [p('a.mdx', 2, 'x'), p('a.mdx', 8, 'x')]);
    expect(d.added).toEqual([p('a.mdx', 8, 'x')]);
  });

  it('treats a changed hint or severity as a different problem', () => {
    expect(diffProblems([p('a.mdx', 1, 'x', 'error', 'h1')], [p('a.mdx', 1, 'x', 'error', 'h2')]).added).toHaveLength(1);
    expect(diffProblems([p('a.mdx', 1, 'x', 'warning')], [p('a.mdx', 1, 'x', 'error')]).fixed).toHaveLength(1);
  });
});

describe('formatDiff', () => {
  it('prints new problems in full, fixed ones on one line, then a summary', () => {
    const d = diffProblems([p('a.mdx', 1, 'gone', 'warning')], [p('b.yaml', 2, 'came', 'error', 'do this')]);
    expect(formatDiff(d, 'SUMMARY')).toEqual(['b.yaml:2:3  came [citation/unknown-reference]\n    hint: do this', 'fixed: a.mdx:1:3  warning: gone [review/overdue]', '1 new, 1 fixed: SUMMARY']);
  });
  it('says "no change" when nothing changed', () => {
    expect(formatDiff(diffProblems([], []), 'S')).toEqual(['no change: S']);
  });
  it('formats a fixed problem with its old place', () => expect(formatFixed(p('c.mdx', 3, 'm'))).toBe('fixed: c.mdx:3:3  m [citation/unknown-reference]'));
});
