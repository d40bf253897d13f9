// Change history of content files from git at build time, with a plain fallback where there is no git.
import { execFileSync } from 'node:child_process';

export interface Change {
  hash: string;
  date: string;
  subject: string;
}

/** Commits touching any of `files` (newest first); [] when git or the history is unavailable. */
export function gitHistory(root: string, files: string[], limit = 20): Change[] {
  if (files.length === 0) return [];
  try {
    const out = execFileSync('git', ['log', `-n${limit}`, '--format=%h%x09%ad%x09%s', '--date=short', '--', ...files], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [hash, date, ...rest] = line.split('\t');
        return { hash, date, subject: rest.join('\t') };
      });
  } catch {
    return [];
  }
}
