// Change history of content files from git at build time, with a plain fallback where there is no git.
// One `git log` pass over content/ per build (memoised per process), not one per page.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface Change {
  hash: string;
  date: string;
  subject: string;
}

interface ContentLog {
  /** Commits touching content/, newest first. */
  commits: Change[];
  /** File path (relative to the root, forward slashes) → indexes into `commits`, ascending (newest first). */
  byFile: Map<string, number[]>;
}

const EMPTY: ContentLog = { commits: [], byFile: new Map() };

/**
 * Parses `git log --name-only --no-renames --format=%x00%h%x09%ad%x09%s` output: each commit starts with a NUL,
 * its header line, then the files it touched, one a line.
 */
export function parseContentLog(out: string): ContentLog {
  const commits: Change[] = [];
  const byFile = new Map<string, number[]>();
  for (const block of out.split('\0')) {
    if (!block.trim()) continue;
    const [header, ...files] = block.split('\n');
    const [hash, date, ...rest] = header.split('\t');
    const index = commits.push({ hash, date, subject: rest.join('\t') }) - 1;
    for (const file of files) {
      if (!file) continue;
      const list = byFile.get(file);
      if (!list) byFile.set(file, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  }
  return { commits, byFile };
}

/** The history of content/ under `root`, read once; an empty log when git or the history is unavailable. */
function readContentLog(root: string): ContentLog {
  try {
    const out = execFileSync('git', ['log', '--no-merges', '--name-only', '--relative', '--no-renames', '--format=%x00%h%x09%ad%x09%s', '--date=short', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseContentLog(out);
  } catch {
    return EMPTY;
  }
}

/** Commits touching any of `files` (newest first, at most `limit`), from a log read once. */
export function historyOf(log: ContentLog, files: string[], limit = 20): Change[] {
  const indexes = new Set<number>();
  for (const f of files) for (const i of log.byFile.get(f) ?? []) indexes.add(i);
  return [...indexes].sort((a, b) => a - b).slice(0, limit).map((i) => log.commits[i]);
}

const CACHE_KEY = Symbol.for('open-evidence.content-log');
const logs: Map<string, ContentLog> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, ContentLog> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = logs;

/** Commits touching any of `files` (paths relative to `root`, under content/), newest first; [] without git history. */
export function gitHistory(root: string, files: string[], limit = 20): Change[] {
  if (files.length === 0) return [];
  const key = resolve(root);
  let log = logs.get(key);
  if (!log) logs.set(key, (log = readContentLog(key)));
  return historyOf(log, files, limit);
}
