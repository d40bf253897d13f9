// What changed between two check runs (new and fixed problems), so watch mode prints only the difference.
import type { Problem } from './problem.ts';
import { formatProblem, formatSummary } from './format.ts';

interface ProblemDiff {
  /** Problems in the new run that were not there before. */
  added: Problem[];
  /** Problems of the old run that are gone. */
  fixed: Problem[];
  /** Problems still there (possibly moved to another line), as the new run reports them. */
  kept: Problem[];
}

/** Identity of a problem apart from its position: editing a line above it moves it, it does not make it new. */
const identity = (p: Problem) => `${p.rule}\u0000${p.severity}\u0000${p.file}\u0000${p.message}\u0000${p.hint ?? ''}`;
const place = (p: Problem) => `${identity(p)}\u0000${p.line}:${p.column}`;

/**
 * Pairs problems of the two runs: first those at the same place, then the rest with the same
 * file, severity, message and hint in order of position. Whatever stays unpaired was added or fixed.
 */
export function diffProblems(before: readonly Problem[], after: readonly Problem[]): ProblemDiff {
  const unmatchedBefore = new Set(before.map((_, i) => i));
  const matchedAfter = new Set<number>();
  const byPlace = new Map<string, number[]>();
  before.forEach((p, i) => byPlace.set(place(p), [...(byPlace.get(place(p)) ?? []), i]));
  after.forEach((p, j) => {
    const i = byPlace.get(place(p))?.shift();
    if (i === undefined) return;
    unmatchedBefore.delete(i);
    matchedAfter.add(j);
  });
  const byIdentity = new Map<string, number[]>();
  for (const i of unmatchedBefore) byIdentity.set(identity(before[i]), [...(byIdentity.get(identity(before[i])) ?? []), i]);
  after.forEach((p, j) => {
    if (matchedAfter.has(j)) return;
    const i = byIdentity.get(identity(p))?.shift();
    if (i === undefined) return;
    unmatchedBefore.delete(i);
    matchedAfter.add(j);
  });
  return {
    added: after.filter((_, j) => !matchedAfter.has(j)),
    fixed: before.filter((_, i) => unmatchedBefore.has(i)),
    kept: after.filter((_, j) => matchedAfter.has(j)),
  };
}

/** "fixed: path:line:col  message [rule]" (the position is where the problem was). */
export function formatFixed(p: Problem): string {
  return `fixed: ${formatProblem(p).split('\n')[0]}`;
}

/** The lines watch mode prints after a re-check: new problems, fixed ones, and a one-line summary. */
export function formatDiff(diff: ProblemDiff, summary: string): string[] {
  const counts = diff.added.length || diff.fixed.length ? `${diff.added.length} new, ${diff.fixed.length} fixed` : 'no change';
  return [...diff.added.map(formatProblem), ...diff.fixed.map(formatFixed), `${counts}: ${summary}`];
}

/**
 * What watch mode prints after one re-check (`npm run check -- --watch` and `astro dev` alike): the new and fixed
 * problems, then the summary line, stamped with the time of day.
 */
export function formatRecheck(before: readonly Problem[], after: readonly Problem[], entries: number, ms: number, strict = false, now = new Date()): string[] {
  const lines = formatDiff(diffProblems(before, after), `${formatSummary(after, entries, strict)} (${ms} ms)`);
  lines[lines.length - 1] = `[${now.toTimeString().slice(0, 8)}] ${lines[lines.length - 1]}`;
  return lines;
}
