// A thread that formats references for prefetchVancouver and posts the texts back in order.
import { parentPort, workerData } from 'node:worker_threads';
import { formatVancouver } from './format.ts';
import type { Reference } from '../content/schemas.ts';

const refs = workerData as Array<[string, Reference]>;
parentPort!.postMessage(refs.map(([id, ref]) => formatVancouver(id, ref)));
