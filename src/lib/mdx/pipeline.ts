// The one MDX parser (remark-parse + remark-mdx + remark-gfm) shared by the checker and the renderer.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { fillAutolinkPositions } from './autolink-positions.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

interface SplitSource {
  /** The YAML between the opening and closing `---`, or '' when there is none. */
  frontmatter: string;
  /** Offset of the first frontmatter character in the file. */
  frontmatterOffset: number;
  /** The file with its frontmatter blanked out (same length and line numbers), ready for the MDX parser. */
  body: string;
  /** Whether a frontmatter block was found. */
  hasFrontmatter: boolean;
}

const FENCE = /^---[ \t]*\r?\n/;

/** Separates frontmatter from the MDX body without moving any position in the file. */
export function splitFrontmatter(source: string): SplitSource {
  const open = FENCE.exec(source);
  if (!open) return { frontmatter: '', frontmatterOffset: 0, body: source, hasFrontmatter: false };
  const start = open[0].length;
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = source.slice(start);
  const m = close.exec(rest);
  if (!m) return { frontmatter: '', frontmatterOffset: 0, body: source, hasFrontmatter: false };
  const end = start + m.index + m[0].length;
  const frontmatter = rest.slice(0, m.index);
  // Blank everything up to the closing fence but keep newlines, so body positions are file positions.
  const body = source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
  return { frontmatter, frontmatterOffset: start, body, hasFrontmatter: true };
}

/** Parses an MDX body (frontmatter already blanked) into mdast with file positions. Throws on MDX syntax errors. */
export function parseMdx(body: string): Root {
  // A body of blanks (a claim or recommendation is often frontmatter only) is an empty root: skip the parser's setup.
  if (/^[ \r\n]*$/.test(body)) {
    const lines = body.split(/\r\n|\r|\n/);
    return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length + 1, offset: body.length } } };
  }
  const tree = parser.parse(body) as Root;
  fillAutolinkPositions(tree, body);
  return tree;
}
