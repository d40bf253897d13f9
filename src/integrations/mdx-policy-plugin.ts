// Vite plugin: the second layer under the checker, refusing any import from a content file and any MDX the policy refuses.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { splitFrontmatter, parseMdx } from '../lib/mdx/pipeline.ts';
import { checkMdxPolicy } from '../lib/mdx/policy.ts';
import { unreadCitations } from '../lib/citations/unread.ts';
import { LineIndex } from '../lib/problems/line-index.ts';
import { isEntryPath } from '../lib/content/content-files.ts';

/**
 * Vite plugin: re-applies the MDX policy to every content file right before the MDX compiler sees it (dev server edits too).
 * `checked` maps absolute paths to the exact text the gate's checker already parsed and passed; such a file is not parsed again.
 */
export function policyPlugin(root: string, checked: ReadonlyMap<string, string> = new Map(), options: { dev?: boolean } = {}) {
  const contentDir = join(root, 'content') + sep;
  // Under `astro dev`, a refused body is still never compiled: the page gets a notice in its place and the banner
  // lists the problems (the gate's checker found them too), instead of a page that does not render at all.
  const refuse = (message: string, body: string, source: string, id: string) => {
    if (!options.dev) throw new Error(message);
    // Only the module the MDX compiler compiles (no query) is replaced; Astro's other views of the file import it.
    if (id.includes('?')) return null;
    const frontmatterEnd = /^[ \t\r\n]*/.exec(body)![0].length;
    return `${source.slice(0, frontmatterEnd)}\n\n**Refused before compiling:** this file breaks the MDX policy; the problems are listed at the top of the page. It is shown again once they are fixed.\n`;
  };
  return {
    name: 'evidence-gate:mdx-policy',
    enforce: 'pre' as const,
    // A content file imports nothing but Astro's runtime and itself: no image, link or definition can pull in a module.
    resolveId(source: string, importer: string | undefined) {
      const from = importer?.split('?')[0];
      if (!from?.startsWith(contentDir)) return null;
      if (source.split('?')[0] === from || /^astro\/(jsx-runtime|runtime\/server\/index\.js)$/.test(source)) return null;
      throw new Error(`${relative(root, from).split(sep).join('/')}: content may not import "${source}"; it was refused before loading. Images go in public/images/ and are written ![text](/images/name.png)`);
    },
    // Only entry files are ever loaded from content/ (a module placed there is never run).
    load(id: string) {
      const path = id.split('?')[0];
      if (!path.startsWith(contentDir)) return null;
      const rel = relative(root, path).split(sep).join('/');
      if (!isEntryPath(rel)) throw new Error(`${rel}: not an entry of a known collection; it was refused before loading`);
      return null;
    },
    transform(code: string, id: string) {
      const path = id.split('?')[0];
      if (!path.endsWith('.mdx') || !path.startsWith(contentDir)) return null;
      const source = readFileSync(path, 'utf8');
      if (checked.get(path) === source) return null;
      const { body } = splitFrontmatter(source);
      const lines = new LineIndex(source);
      const rel = relative(root, path).split(sep).join('/');
      let violations;
      try {
        const tree = parseMdx(body);
        violations = [...checkMdxPolicy(tree), ...unreadCitations(tree, body)];
      } catch (err) {
        return refuse(`${rel}: MDX syntax error, refused before compiling: ${(err as Error).message}`, body, source, id);
      }
      if (violations.length) {
        const text = violations.map((v) => {
          const p = lines.at(v.offset);
          return `${rel}:${p.line}:${p.column}  ${v.message}\n    hint: ${v.hint}`;
        });
        return refuse(`MDX policy refused this file before compiling it:\n${text.join('\n')}`, body, source, id);
      }
      return null;
    },
  };
}
