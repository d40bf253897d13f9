// The repository setting (package.json "repository"): where edit, report, version and diff links point. Without it
// those links are left out, never broken.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Repository {
  /** e.g. https://github.com/owner/name */
  web: string;
  branch: string;
}

/** Reads GitHub's forms: "github:o/n", "o/n", "https://github.com/o/n(.git)", { url: "git+https://github.com/o/n.git" }. */
export function parseRepository(value: unknown, branch = 'main'): Repository | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value && 'url' in value ? String((value as { url: unknown }).url) : '';
  const m = /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(raw.trim());
  return m ? { web: `https://github.com/${m[1]}/${m[2]}`, branch } : undefined;
}

const read = new Map<string, Repository | undefined>();

/** The project's repository, from package.json at the root, if it names one on GitHub (read once per root). */
export function readRepository(root: string): Repository | undefined {
  if (!read.has(root)) read.set(root, readPackageRepository(root));
  return read.get(root);
}

function readPackageRepository(root: string): Repository | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: unknown; config?: { branch?: string } };
    return parseRepository(pkg.repository, pkg.config?.branch);
  } catch {
    return undefined;
  }
}

/** Links into the repository for one content file. */
export function fileLinks(repo: Repository, path: string) {
  return {
    edit: `${repo.web}/edit/${repo.branch}/${path}`,
    view: `${repo.web}/blob/${repo.branch}/${path}`,
    atCommit: (hash: string) => `${repo.web}/blob/${hash}/${path}`,
  };
}

/** The diff of one commit. */
export const commitUrl = (repo: Repository, hash: string) => `${repo.web}/commit/${hash}`;
