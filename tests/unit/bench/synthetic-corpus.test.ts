// The synthetic benchmark corpus: passes the checker with no problem, is the same for the same seed, and never lands in content/.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, SYNTHETIC_NOTE } from '../../../src/lib/bench/synthetic-corpus.ts';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { writeCorpus, assertCorpusTarget } from '../../../tools/write-corpus.ts';
import { PROJECT_ROOT } from '../../../tools/temp-project.ts';

describe('synthetic corpus', () => {
  it('has exactly the number of entries asked for, in realistic proportions', () => {
    const { files, stats } = generateCorpus({ entries: 1000, seed: 3 });
    expect(files.size).toBe(1000);
    expect(Object.values(stats).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(stats.claims).toBe(stats.articles * 6);
    expect(stats.recommendations).toBe(stats.articles * 2);
    expect(stats.references).toBeGreaterThanOrEqual(stats.articles * 5);
  });

  it('passes the checker with no errors or warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oe-synthetic-'));
    try {
      writeCorpus(dir, generateCorpus({ entries: 60, seed: 1 }));
      const result = checkContent(dir, { today: '2026-11-25' });
      expect(result.problems).toEqual([]);
      expect(result.entries).toBe(60);
      expect(readdirSync(join(dir, 'content')).sort()).toEqual(['articles', 'claims', 'conditions', 'recommendations', 'references', 'symptoms']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is byte-identical for the same seed and different for another', () => {
    const a = generateCorpus({ entries: 60, seed: 1 });
    const b = generateCorpus({ entries: 60, seed: 1 });
    expect([...a.files]).toEqual([...b.files]);
    const c = generateCorpus({ entries: 60, seed: 2 });
    expect([...c.files.values()].join('')).not.toBe([...a.files.values()].join(''));
  });

  it('marks every file synthetic and uses only fake DOIs and authors', () => {
    const { files } = generateCorpus({ entries: 200, seed: 1 });
    for (const [path, text] of files) {
      expect(text, path).toContain('# SYNTHETIC benchmark data');
      if (path.includes('/references/')) {
        expect(text).toContain(`note: "${SYNTHETIC_NOTE}"`);
        expect(text).toMatch(/^DOI: 10\.0000\/synthetic\.\d+$/m);
        expect(text).toMatch(/family: Synthetic/);
      }
      if (/\/(articles|conditions|symptoms|references)\//.test(path)) expect(text).toMatch(/^(title|name): "\[SYNTHETIC\] /m);
    }
  });

  it("refuses to write into the project's own content/ or a non-empty one", () => {
    expect(() => assertCorpusTarget(PROJECT_ROOT)).toThrow(/refusing to write synthetic entries into the project's own content folder/);
    expect(() => assertCorpusTarget(join(PROJECT_ROOT, 'content', 'articles'))).toThrow(/project's own content folder/);
    expect(() => assertCorpusTarget(join(PROJECT_ROOT, 'tests', 'fixtures', 'valid'))).toThrow(/already holds files/);
  });
});
