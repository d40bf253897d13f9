// The build gate: astro build refuses broken content with file:line, and leaves dist/ exactly as it was.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyPlugin } from '../../src/integrations/mdx-policy-plugin.ts';
import { hashTree } from '../../tools/hash-tree.ts';
import { copySiteProject, astroBuild } from '../../tools/temp-project.ts';
import { materialize, tree } from '../fixtures/trees.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'tests', 'fixtures');

/** A throwaway Astro project: this repo's site code with a fixture's content/. */
/** A throwaway site whose content/ is the valid tree, or a broken tree (its overlay on the valid tree). */
const makeProject = (fixture: string) => copySiteProject('oe-build-', join(fixture === 'valid' ? join(fixtures, 'valid') : materialize(tree('broken', fixture)), 'content'));
const build = astroBuild;

describe('astro build behind the gate', () => {
  let project: string;
  beforeAll(() => {
    project = makeProject('valid');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('builds the valid tree and publishes dist/, with nothing in the log a newcomer would read as a failure', () => {
    const r = build(project);
    expect(r.status, r.output).toBe(0);
    // No warning or error line at all: the two known-harmless framework warnings are fixed at their cause (no Shiki,
    // astro.config.mjs) or dropped by code and name (the bundler's "use astro:head-inject" note, astro.config.mjs).
    expect(r.output.split('\n').filter((l) => /\[(?:WARN|ERROR)\]/.test(l))).toEqual([]);
    const html = readFileSync(join(project, 'dist', 'articles', 'fixture-article', 'index.html'), 'utf8');
    expect(html).toContain('id="ref-fixture-trial-2020"');
    // The dev server's banner, markers and boxes are never part of a build.
    expect(html).not.toMatch(/oe-dev|data-oe-dev|__open-evidence/);
    expect(existsSync(join(project, '.build-tmp'))).toBe(false);
  });

  it('fails on three unknown citations, naming each with path and line, and leaves the previous dist/ untouched', () => {
    const before = hashTree(join(project, 'dist'));
    const article = join(project, 'content', 'articles', 'fixture-article.mdx');
    const original = readFileSync(article, 'utf8');
    writeFileSync(article, `${original}\nThree missing sources [@nope-five], [@nope-six] and [@nope-seven].\n`);
    try {
      const r = build(project);
      expect(r.status).not.toBe(0);
      // The problems and one summary line, not a crash: no Astro error banner, no stack trace.
      expect(r.output).toContain('Content check failed; nothing was built.');
      expect(r.output).not.toMatch(/\[ERROR\]|unhandled error|^\s+at /m);
      const line = `${original}\nThree`.split('\n').length;
      for (const id of ['nope-five', 'nope-six', 'nope-seven']) {
        expect(r.output).toMatch(new RegExp(`content/articles/fixture-article\\.mdx:${line}:\\d+  unknown reference id "@${id}"`));
      }
      expect(hashTree(join(project, 'dist'))).toBe(before);
    } finally {
      writeFileSync(article, original);
    }
  });

  it('refuses MDX that could run code before compiling it, and writes no dist/', () => {
    const dir = makeProject('mdx/import-export');
    try {
      const r = build(dir);
      expect(r.status).not.toBe(0);
      expect(r.output).toContain('content/articles/fixture-article.mdx:25:1  `import`/`export` is not allowed in content');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['element/unknown-id', 'element/unknown-id--recommendation', 'claim/no-source', 'mdx/forbidden-element'])('fails the build on %s', (name) => {
    const dir = makeProject(name);
    try {
      const r = build(dir);
      expect(r.status).not.toBe(0);
      const expected = readFileSync(join(fixtures, 'broken', name, 'expected.txt'), 'utf8').split('\n').filter((l) => l.startsWith('content/'));
      for (const line of expected) expect(r.output).toContain(line);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the policy plugin in front of the MDX compiler', () => {
  it('throws on a content file that breaks the policy, even when edited after the check ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oe-policy-'));
    try {
      mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
      const file = join(dir, 'content', 'articles', 'x.mdx');
      writeFileSync(file, '---\ntitle: x\n---\n\n<script>alert(1)</script>\n');
      const plugin = policyPlugin(dir);
      expect(() => plugin.transform('', file)).toThrow(/content\/articles\/x\.mdx:5:1  element <script> is not allowed/);
      writeFileSync(file, '---\ntitle: x\n---\n\nPlain text.\n');
      expect(plugin.transform('', file)).toBeNull();
      expect(plugin.transform('', join(dir, 'src', 'other.mdx'))).toBeNull();
      // Under astro dev the refused body is replaced before compiling: frontmatter kept, a notice instead of the body.
      writeFileSync(file, '---\ntitle: x\n---\n\n<script>alert(1)</script>\n');
      const standIn = policyPlugin(dir, new Map(), { dev: true }).transform('', file);
      expect(standIn).toMatch(/^---\ntitle: x\n---\n[\s\S]*Refused before compiling/);
      expect(standIn).not.toContain('script');
      expect(policyPlugin(dir, new Map(), { dev: true }).transform('', `${file}?astroPropagatedAssets`)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
