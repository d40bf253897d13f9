// Throwaway Astro projects for the benchmark and the at-scale gate test: this site with a synthetic corpus, and a bare
// Astro + MDX baseline that builds the same MDX files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Corpus } from '../src/lib/bench/synthetic-corpus.ts';
import { writeCorpus } from './write-corpus.ts';
import { copySiteProject, linkNodeModules } from './temp-project.ts';

/** This site (src/, public/, config) with `corpus` as its content/, committed to a fresh git repository as a checkout would be. */
export function makeSiteProject(corpus: Corpus, options: { git?: boolean } = {}): string {
  const dir = copySiteProject('oe-bench-site-');
  writeCorpus(dir, corpus);
  if (options.git !== false) {
    const git = (...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=Synthetic Benchmark', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${r.stderr}`);
    };
    git('init', '-q');
    git('add', '-A', 'content');
    git('commit', '-q', '-m', 'Synthetic benchmark corpus');
  }
  return dir;
}

/**
 * The baseline: a bare Astro project with only @astrojs/mdx (Astro's default Markdown processor, Sätteri, which
 * compiles MDX natively; with `processor: 'unified'`, the same unified/remark processor this site uses, with GFM and
 * without our remark plugin, to tell the processor's cost from ours),
 * one content collection per MDX folder (articles, claims, recommendations, conditions; glob loader, no schema, so
 * the frontmatter is read but not validated) and one page per entry that renders its body with render(). <Claim>,
 * <Recommendation> and <Editorial> map to a one-line stub component. No checker, no layout or CSS, no citation numbering, no reference
 * lists, no JSON/RIS/RSS/sitemap, no search index. It is what the same MDX costs Astro itself.
 */
export function makeBaselineProject(corpus: Corpus, options: { processor?: 'satteri' | 'unified' } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'oe-bench-baseline-'));
  linkNodeModules(dir);
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('package.json', JSON.stringify({ name: 'oe-bench-baseline', private: true, type: 'module' }, null, 2) + '\n');
  put(
    'astro.config.mjs',
    options.processor === 'unified'
      ? "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\n\nexport default defineConfig({ markdown: { processor: unified({ gfm: true, smartypants: false }) }, integrations: [mdx()] });\n"
      : "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  put(
    'src/content.config.ts',
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "const from = (folder: string) => defineCollection({ loader: glob({ base: `./content/${folder}`, pattern: '**/*.mdx' }) });",
      "export const collections = { articles: from('articles'), claims: from('claims'), recommendations: from('recommendations'), conditions: from('conditions') };",
      '',
    ].join('\n'),
  );
  put('src/components/Stub.astro', '---\nconst { id } = Astro.props;\n---\n<div data-entry={id}></div>\n');
  put(
    'src/pages/[collection]/[id].astro',
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Stub from '../../components/Stub.astro';",
      'export async function getStaticPaths() {',
      "  const names = ['articles', 'claims', 'recommendations', 'conditions'] as const;",
      '  const all = await Promise.all(names.map((c) => getCollection(c)));',
      '  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const d = entry.data as Record<string, string>;',
      '---',
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8" /><title>{d.title ?? d.statement ?? d.name}</title></head>',
      '<body><main><h1>{d.question ?? d.title ?? d.statement ?? d.name}</h1><Content components={{ Claim: Stub, Recommendation: Stub, Editorial: Stub }} /></main></body></html>',
      '',
    ].join('\n'),
  );
  const mdxOnly: Corpus = { ...corpus, files: new Map([...corpus.files].filter(([p]) => p.endsWith('.mdx'))) };
  writeCorpus(dir, mdxOnly);
  return dir;
}
