// At scale: one broken citation in a 10,000-entry corpus fails `astro build` fast, before anything compiles,
// names the file and line, and leaves the previous dist/ exactly as it was.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/lib/bench/synthetic-corpus.ts';
import { makeSiteProject } from '../../tools/bench-projects.ts';
import { astroBuild } from '../../tools/temp-project.ts';
import { hashTree } from '../../tools/hash-tree.ts';

describe('the gate on a 10,000-entry corpus', () => {
  let project: string;
  let article: string;
  beforeAll(() => {
    const corpus = generateCorpus({ entries: 10_000, seed: 1 });
    project = makeSiteProject(corpus, { git: false });
    article = [...corpus.files.keys()].filter((p) => p.startsWith('content/articles/'))[300];
    // A previous site stands in dist/: whatever it holds must survive a failed build byte for byte.
    mkdirSync(join(project, 'dist', 'articles', 'x'), { recursive: true });
    writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>previous build</title>\n');
    writeFileSync(join(project, 'dist', 'articles', 'x', 'index.html'), '<p>previous article</p>\n');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails in the checker with file:line, compiles nothing, and keeps dist/', () => {
    const file = join(project, article);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.push('', 'A source that does not exist [@synthetic-no-such-source].', '');
    writeFileSync(file, lines.join('\n'));
    const line = lines.length - 1;
    const before = hashTree(join(project, 'dist'));

    const r = astroBuild(project);
    console.log(`failed 10,000-entry build took ${Math.round(r.ms)} ms`);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`${article}:${line}:31  unknown reference id "@synthetic-no-such-source"`);
    expect(r.output).toContain('✗ 1 error in 10000 entries checked');
    expect(r.output).not.toMatch(/Building static entrypoints|\[vite\] ✓ built/);
    expect(hashTree(join(project, 'dist'))).toBe(before);
    expect(existsSync(join(project, '.build-tmp'))).toBe(false);
    // Checking 10,000 entries and refusing takes seconds, not the minutes a full build takes.
    expect(r.ms).toBeLessThan(60_000);
  });
});
