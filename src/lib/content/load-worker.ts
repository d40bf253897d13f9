// A content reader thread for parallel-load.ts: reads, parses and analyses its share of the files and posts the data back.
import { parentPort, workerData } from 'node:worker_threads';
import { readEntryData, type EntryData } from './load-content.ts';
import type { Problem } from '../problems/problem.ts';
import type { CollectionName } from './schemas.ts';

const { root, files } = workerData as { root: string; files: Array<{ collection: CollectionName; full: string }> };
const problems: Problem[] = [];
const data: Array<EntryData | undefined> = files.map((f) => readEntryData(root, f.collection, f.full, problems));
parentPort!.postMessage({ data, problems });
