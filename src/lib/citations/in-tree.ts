// Finds the Pandoc citations in a parsed MDX tree, reading the raw source so escapes are respected.
import type { Root, Nodes, Parents } from 'mdast';
import { parseCitations, type Citation } from './parse.ts';

export interface TreeCitation extends Citation {
  /** Offsets are file offsets (the parser's positions), ready for a LineIndex. */
  node: Nodes;
}

/** Node types whose text is never a citation: code, links (their text is link text), and MDX code. */
const SKIP = new Set(['inlineCode', 'code', 'link', 'linkReference', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

/** Every citation in document order, with offsets into `source` (the text the tree was parsed from). */
export function citationsInTree(tree: Root, source: string): TreeCitation[] {
  const out: TreeCitation[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const c of parseCitations(source.slice(start, end))) {
        out.push({
          ...c,
          start: c.start + start,
          end: c.end + start,
          keys: c.keys.map((k) => ({ ...k, offset: k.offset + start })),
          node,
        });
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}
