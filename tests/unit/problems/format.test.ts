// The check report: errors and warnings under separate headings, and a summary that says whether the run fails.
import { describe, it, expect } from 'vitest';
import { failed, formatReport, formatSummary } from '../../../src/lib/problems/format.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

const error: Problem = { rule: 'citation/unknown-reference', file: 'a.mdx', line: 1, column: 2, message: 'broken', hint: 'fix it', severity: 'error' };
const warning: Problem = { rule: 'review/overdue', file: 'b.mdx', line: 3, column: 4, message: 'old', severity: 'warning' };

describe('check report', () => {
  it('fails on errors always and on warnings only when strict', () => {
    expect(failed([error])).toBe(true);
    expect(failed([warning])).toBe(false);
    expect(failed([warning], true)).toBe(true);
    expect(failed([], true)).toBe(false);
  });
  it('summarises each case', () => {
    expect(formatSummary([], 3)).toBe('✓ 3 entries checked, no problems.');
    expect(formatSummary([warning], 3, false)).toBe('✓ 3 entries checked, no errors, 1 warning (--strict makes warnings fail).');
    expect(formatSummary([warning], 3), 'the build has no --strict to mention').toBe('✓ 3 entries checked, no errors, 1 warning.');
    expect(formatSummary([warning], 3, true)).toBe('✗ 0 errors, 1 warning in 3 entries checked (--strict: warnings fail).');
    expect(formatSummary([error, warning, warning], 3)).toBe('✗ 1 error, 2 warnings in 3 entries checked.');
  });
  it('lists errors, then warnings, then the summary', () => {
    expect(formatReport([warning, error], 2)).toBe(
      ['Errors (1):', 'a.mdx:1:2  broken [citation/unknown-reference]\n    hint: fix it', '', 'Warnings (1):', 'b.mdx:3:4  warning: old [review/overdue]', '', '✗ 1 error, 1 warning in 2 entries checked.'].join('\n'),
    );
    expect(formatReport([], 2)).toBe('✓ 2 entries checked, no problems.');
  });
});
