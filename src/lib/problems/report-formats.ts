// Problems for machines: GitHub workflow-command annotations (shown on the pull-request diff) and a job-summary
// table, and a stable JSON list for other tools (its schema: schemas/problems.schema.json).
import type { Problem } from './problem.ts';

/** GitHub's escaping of a workflow command's message (data). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** GitHub's escaping of a workflow command's property values (file, title): the data escapes plus ":" and ",". */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=<rule>::<message and hint>` (or ::warning). */
export function annotation(p: Problem): string {
  const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}`;
  return `::${p.severity} ${props}::${escapeData(p.hint ? `${p.message}\nhint: ${p.hint}` : p.message)}`;
}

/**
 * Problems in the pull request's changed files first (GitHub shows only ten annotations of each level per step),
 * then the rest; the order within each group is kept.
 */
export function changedFirst(problems: readonly Problem[], changed: ReadonlySet<string>): Problem[] {
  return [...problems.filter((p) => changed.has(p.file)), ...problems.filter((p) => !changed.has(p.file))];
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[<>&`]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The full list as a Markdown table for $GITHUB_STEP_SUMMARY (content quoted in messages is escaped, never markup). */
export function summaryTable(problems: readonly Problem[], summary: string): string {
  const head = `### Content check\n\n${cell(summary)}\n`;
  if (problems.length === 0) return `${head}\n`;
  const rows = problems.map((p) => `| ${p.severity} | ${cell(`${p.file}:${p.line}:${p.column}`)} | ${cell(p.rule)} | ${cell(p.message)} | ${cell(p.hint ?? '')} |`);
  return `${head}\n| level | where | rule | problem | hint |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/** The stable JSON report: a version, the counts, and every problem with its rule, place, message and hint. */
export function jsonReport(problems: readonly Problem[], entries: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    JSON.stringify(
      {
        version: 1,
        entries,
        errors,
        warnings: problems.length - errors,
        problems: problems.map((p) => ({ rule: p.rule, severity: p.severity, file: p.file, line: p.line, column: p.column, message: p.message, ...(p.hint ? { hint: p.hint } : {}) })),
      },
      null,
      2,
    ) + '\n'
  );
}
