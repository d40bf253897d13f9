// Formats checker problems the way editors and their tools read them: path:line:column  message.
import type { Problem } from './load-content.ts';

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}  ${tag}${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

export function formatSummary(problems: Problem[], entries: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `✓ ${entries} entries checked, no problems.`;
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`];
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return `✗ ${parts.join(', ')} in ${entries} entries checked.`;
}
