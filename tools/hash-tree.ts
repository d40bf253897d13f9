// A content hash of a folder tree (paths and bytes), to show a failed build left dist/ exactly as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listFiles } from '../src/lib/list-files.ts';

export function hashTree(dir: string): string {
  const h = createHash('sha256');
  for (const p of listFiles(dir)) h.update(p.slice(dir.length)).update(readFileSync(p));
  return h.digest('hex');
}
