// Reads a large content tree on several threads: this thread reads its share while workers read theirs.
// Same result as loadContent (same entries, same order, same problems); used by `npm run check` and the build gate.
// Falls back to reading everything here when workers cannot start (e.g. a Node without TypeScript type stripping).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { listContent, readEntryData, toRawEntry, assembleTree, type ContentTree, type EntryData } from './load-content.ts';
import type { Problem } from '../problems/problem.ts';
import { checkTree, type CheckOptions, type CheckResult } from '../check/checker.ts';

interface ParallelOptions {
  /** Threads in all, this one included (default: the machine's parallelism, at most 4). */
  threads?: number;
  /** Below this many files, starting workers costs more than it saves (default 1500). */
  minFiles?: number;
  /** Throw when a worker fails instead of reading its share here (for tests). */
  strict?: boolean;
}

interface WorkerReply {
  data: Array<EntryData | undefined>;
  problems: Problem[];
}

// Built from a path, not `new URL('./…', import.meta.url)`, which a bundler would copy into the site as an asset.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');

function runWorker(root: string, files: Array<{ collection: string; full: string }>): Promise<WorkerReply> {
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER, { workerData: { root, files }, execArgv: [...process.execArgv, '--disable-warning=ExperimentalWarning'] });
    worker.once('message', (reply: WorkerReply) => {
      done(reply);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`content reader thread exited with code ${code}`)));
  });
}

export async function loadContentParallel(root: string, options: ParallelOptions = {}): Promise<ContentTree> {
  const { files, problems } = listContent(root);
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), files.length));
  if (threads === 1 || files.length < (options.minFiles ?? 1500)) {
    return assembleTree(root, files.map((f) => { const d = readEntryData(root, f.collection, f.full, problems); return d && toRawEntry(d); }), problems);
  }
  // Deal the files out in turn, so each thread gets a like share of every collection (articles weigh most).
  const shares = Array.from({ length: threads }, (_, t) => files.map((_, i) => i).filter((i) => i % threads === t));
  const read: Array<EntryData | undefined> = new Array(files.length);
  const workers = shares.slice(1).map((share) =>
    runWorker(root, share.map((i) => files[i])).then(
      (reply) => ({ share, reply }),
      (err: unknown) => {
        if (options.strict) throw err;
        return { share, reply: undefined };
      },
    ),
  );
  for (const i of shares[0]) read[i] = readEntryData(root, files[i].collection, files[i].full, problems);
  for (const { share, reply } of await Promise.all(workers)) {
    if (reply) {
      share.forEach((i, k) => (read[i] = reply.data[k]));
      problems.push(...reply.problems);
    } else {
      // The worker could not run: read its share here.
      for (const i of share) read[i] = readEntryData(root, files[i].collection, files[i].full, problems);
    }
  }
  return assembleTree(root, read.map((d) => d && toRawEntry(d)), problems);
}

/** checkContent on several threads (the result is the same). */
export async function checkContentParallel(root: string, options: CheckOptions & ParallelOptions = {}): Promise<CheckResult> {
  return checkTree(await loadContentParallel(root, options), options);
}
