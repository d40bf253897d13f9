// Reading the content tree on several threads gives exactly what reading it on one does.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type ContentTree } from '../../../src/lib/content/load-content.ts';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { loadContentParallel, checkContentParallel } from '../../../src/lib/content/parallel-load.ts';
import { generateCorpus } from '../../../src/lib/bench/synthetic-corpus.ts';
import { writeCorpus } from '../../../tools/write-corpus.ts';
import { fixtureTrees, materialize } from '../../fixtures/trees.ts';

const plain = (t: ContentTree) => ({ ...t, entries: t.entries.map((e) => ({ ...e, lines: undefined })), byCollection: undefined });

describe('parallel content reading', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = mkdtempSync(join(tmpdir(), 'oe-parallel-'));
    writeCorpus(corpus, generateCorpus({ entries: 400, seed: 5 }));
  });
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('reads a corpus on three threads exactly as on one', async () => {
    const one = loadContent(corpus);
    const three = await loadContentParallel(corpus, { threads: 3, minFiles: 0, strict: true });
    expect(plain(three)).toEqual(plain(one));
    expect([...three.byCollection.claims.keys()]).toEqual([...one.byCollection.claims.keys()]);
    // The YAML document is re-parsed on demand, to point at a field.
    expect(three.entries[0].doc?.contents).toBeTruthy();
  });

  it('finds the same problems in every broken fixture', async () => {
    for (const { name, dir: overlay } of fixtureTrees('broken')) {
      const dir = materialize(overlay);
      const one = checkContent(dir, { today: '2025-11-25' });
      const two = await checkContentParallel(dir, { today: '2025-11-25', threads: 2, minFiles: 0, strict: true });
      expect(two.problems, name).toEqual(one.problems);
    }
  });
});
