// Only entries may exist under content/: stray files, dotfiles, sub-folders and links are refused, and never loaded.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { listContentFiles, isEntryPath, MAX_ENTRY_BYTES } from '../../../src/lib/content/content-files.ts';
import { policyPlugin } from '../../../src/integrations/mdx-policy-plugin.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oe-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('listContentFiles', () => {
  it('lists entries and refuses everything else, naming each file', () => {
    const dir = tree({
      'content/claims/ok-claim.mdx': '---\n---\n',
      'content/references/ok-ref.yaml': 'x: 1\n',
      'content/x.mjs': 'x',
      'content/.hidden': 'x',
      'content/claims/.also-hidden.mdx': 'x',
      'content/claims/deep/x.mdx': 'x',
      'content/claims/wrong.yaml': 'x',
      'content/images/a.png': 'x',
    });
    try {
      const { files, refused } = listContentFiles(dir);
      expect(files.map((f) => f.file)).toEqual(['content/claims/ok-claim.mdx', 'content/references/ok-ref.yaml']);
      expect(refused.map((r) => r.file).sort()).toEqual(['content/.hidden', 'content/claims/.also-hidden.mdx', 'content/claims/deep/', 'content/claims/wrong.yaml', 'content/images/', 'content/x.mjs']);
      for (const r of refused) expect(r.hint.length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses symbolic links, to files and to folders, without following them', () => {
    const dir = tree({ 'content/claims/real.mdx': '---\n---\n', 'outside/secret.mdx': '---\n---\n' });
    try {
      symlinkSync(join(dir, 'outside', 'secret.mdx'), join(dir, 'content', 'claims', 'linked.mdx'));
      symlinkSync(join(dir, 'outside'), join(dir, 'content', 'articles'));
      const { files, refused } = listContentFiles(dir);
      expect(files.map((f) => f.file)).toEqual(['content/claims/real.mdx']);
      expect(refused.map((r) => `${r.file} ${r.message}`).sort()).toEqual([
        'content/articles symbolic links are not allowed in content/',
        'content/claims/linked.mdx symbolic links are not allowed in content/',
      ]);
      expect(refused.map((r) => r.rule)).toEqual(['files/symlink', 'files/symlink']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file too large to be an entry, unread', () => {
    const dir = tree({ 'content/claims/huge.mdx': 'x'.repeat(MAX_ENTRY_BYTES + 1) });
    try {
      expect(listContentFiles(dir).refused.map((r) => `${r.file} ${r.rule}`)).toEqual(['content/claims/huge.mdx files/too-large']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a plain file (a named pipe), unread', () => {
    const dir = tree({ 'content/claims/real.mdx': '---\n---\n' });
    try {
      execFileSync('mkfifo', [join(dir, 'content', 'claims', 'pipe.mdx')]);
      expect(listContentFiles(dir).refused.map((r) => `${r.file} ${r.rule}`)).toEqual(['content/claims/pipe.mdx files/not-plain']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows an entry path when it sees one', () => {
    expect(isEntryPath('content/claims/a-b.mdx')).toBe(true);
    expect(isEntryPath('content/references/a.yaml')).toBe(true);
    for (const p of ['content/x.mjs', 'content/claims/a.mjs', 'content/claims/.a.mdx', 'content/claims/x/a.mdx', 'content/nope/a.mdx', 'src/a.mdx']) expect(isEntryPath(p)).toBe(false);
  });
});

describe('the policy plugin keeps modules out of content files', () => {
  const root = '/project';
  const plugin = policyPlugin(root);
  const article = '/project/content/articles/a.mdx';
  it('lets an entry import only Astro’s runtime and itself', () => {
    expect(plugin.resolveId('astro/jsx-runtime', article)).toBeNull();
    expect(plugin.resolveId('astro/runtime/server/index.js', article)).toBeNull();
    expect(plugin.resolveId(article, `${article}?astroPropagatedAssets`)).toBeNull();
    expect(plugin.resolveId('./anything.mjs', '/project/src/pages/x.astro')).toBeNull();
  });
  it.each(['../x.mjs', './.x.mjs', '../../x.mjs', '/project/content/x.mjs', 'node:fs', 'astro:assets', '../x.png?raw', 'some-package'])('refuses %s imported from a content file', (source) => {
    expect(() => plugin.resolveId(source, article)).toThrow(/content\/articles\/a\.mdx: content may not import/);
  });
  it('never loads a file under content/ that is not an entry', () => {
    expect(() => plugin.load('/project/content/x.mjs')).toThrow(/content\/x\.mjs: not an entry/);
    expect(() => plugin.load('/project/content/articles/.x.mjs?import')).toThrow(/not an entry/);
    expect(plugin.load(`${article}?astroPropagatedAssets`)).toBeNull();
    expect(plugin.load('/project/src/x.ts')).toBeNull();
  });
});
