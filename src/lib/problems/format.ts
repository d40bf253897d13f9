// Formats checker problems the way editors and their tools read them: path:line:column  message [rule/id].
import type { Problem } from './problem.ts';

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}  ${tag}${p.message} [${p.rule}]${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

/** Whether a check run fails: on any error, and with `strict` on any warning too. */
export function failed(problems: readonly Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || strict);
}

/** One line for the end of a run; `strict` is true or false for `npm run check` (which has --strict), undefined elsewhere. */
export function formatSummary(problems: readonly Problem[], entries: number, strict?: boolean): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `✓ ${entries} entries checked, no problems.`;
  const w = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors === 0 && !strict) return `✓ ${entries} entries checked, no errors, ${w}${strict === false ? ' (--strict makes warnings fail)' : ''}.`;
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`];
  if (warnings) parts.push(w);
  return `✗ ${parts.join(', ')} in ${entries} entries checked${errors === 0 ? ' (--strict: warnings fail)' : ''}.`;
}

/** The full report of one run: errors, then warnings under their own heading, then the summary line. */
export function formatReport(problems: readonly Problem[], entries: number, strict = false): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const out: string[] = [];
  if (errors.length) out.push(`Errors (${errors.length}):`, ...errors.map(formatProblem), '');
  if (warnings.length) out.push(`Warnings (${warnings.length})${strict ? ', failing because of --strict' : ''}:`, ...warnings.map(formatProblem), '');
  out.push(formatSummary(problems, entries, strict));
  return out.join('\n');
}
