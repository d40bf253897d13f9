// Every file under a folder, recursively, in sorted order: the one walk the checker, the tests and the scripts share.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Full paths of every file under `dir` (none if it does not exist), names sorted at each level. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}
