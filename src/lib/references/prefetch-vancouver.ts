// Formats a site's references on a worker thread while the build compiles (citeproc takes about a millisecond a
// reference: seconds at scale, on the pages' critical path otherwise). Texts land in formatVancouver's cache as they
// arrive; a page rendered before then formats its own references, so the output never depends on the timing.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hasVancouver, rememberVancouver } from './format.ts';
import type { Reference } from '../content/schemas.ts';

// Built from a path, not `new URL('./…', import.meta.url)`, which a bundler would copy into the site as an asset.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'format-worker.ts');

export function prefetchVancouver(refs: Iterable<[string, Reference]>): void {
  const todo = [...refs].filter(([id, ref]) => !hasVancouver(id, ref));
  if (todo.length < 200) return; // not worth a thread
  const worker = new Worker(WORKER, { workerData: todo, execArgv: [...process.execArgv, '--disable-warning=ExperimentalWarning'] });
  worker.on('message', (texts: string[]) => texts.forEach((text, i) => rememberVancouver(todo[i][0], todo[i][1], text)));
  worker.on('error', () => {}); // pages format whatever the thread did not
  worker.unref();
}
