// Splits an MDX body into prose blocks (paragraphs, list items) with their text, citations and the entries placed right after them.
import type { Root, Nodes, Parents } from 'mdast';
import { parseCitations } from '../citations/parse.ts';

export interface ProseText {
  /** File offset of the text. */
  offset: number;
  /** The text as written in the file, citations blanked out (same length). */
  raw: string;
}

export interface ProseBlock {
  /** File offset where the block starts. */
  offset: number;
  /** Its text runs (code, link targets and element attributes excluded). */
  texts: ProseText[];
  /** Reference ids cited in the block. */
  cites: string[];
  /** Claim and recommendation ids placed inside the block or right after it (before the next prose). */
  claims: string[];
  recommendations: string[];
  /** Inside an <Editorial> element: the editors' voice. */
  editorial: boolean;
}

const SKIP = new Set(['inlineCode', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);

function isElement(node: Nodes, name: string): node is Nodes & { attributes: Array<{ type: string; name?: string; value?: unknown }> } {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

function placedId(node: Nodes): { kind: 'claims' | 'recommendations'; id: string } | undefined {
  for (const name of ['Claim', 'Recommendation'] as const) {
    if (!isElement(node, name)) continue;
    const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    if (typeof attr?.value === 'string') return { kind: name === 'Claim' ? 'claims' : 'recommendations', id: attr.value };
  }
  return undefined;
}

function collect(node: Nodes, source: string, block: ProseBlock) {
  if (SKIP.has(node.type) || node.type === 'list') return;
  const placed = placedId(node);
  if (placed) {
    block[placed.kind].push(placed.id);
    return;
  }
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    let raw = source.slice(start, end);
    for (const c of parseCitations(raw)) {
      block.cites.push(...c.keys.map((k) => k.id));
      raw = raw.slice(0, c.start) + ' '.repeat(c.end - c.start) + raw.slice(c.end);
    }
    block.texts.push({ offset: start, raw });
    return;
  }
  if ('children' in node) for (const child of (node as Parents).children) collect(child as Nodes, source, block);
}

/** The prose blocks of a body in document order. Headings are not blocks (they name a section, they state nothing). */
export function proseBlocks(tree: Root, source: string): ProseBlock[] {
  const out: ProseBlock[] = [];
  const walk = (parent: Parents, editorial: boolean, pending: ProseBlock[]): ProseBlock[] => {
    // `pending`: blocks that end right before the next sibling; entries placed there count for them.
    for (const child of parent.children as Nodes[]) {
      const placed = placedId(child);
      if (placed) {
        for (const b of pending) b[placed.kind].push(placed.id);
        continue;
      }
      if (child.type === 'paragraph') {
        // A paragraph that is one <Editorial>…</Editorial> written on one line is the editors' voice.
        const solid = child.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
        if (solid.length === 1 && isElement(solid[0] as Nodes, 'Editorial')) {
          pending = walk({ type: 'root', children: [{ type: 'paragraph', children: (solid[0] as Parents).children, position: child.position }] } as unknown as Parents, true, pending);
          continue;
        }
        const block: ProseBlock = { offset: child.position?.start.offset ?? 0, texts: [], cites: [], claims: [], recommendations: [], editorial };
        collect(child, source, block);
        // A paragraph that is only an inline element (e.g. a placed claim on its own line) is not prose.
        if (block.texts.some((t) => t.raw.trim())) {
          out.push(block);
          pending = [block];
        }
        continue;
      }
      if (child.type === 'list') {
        let last: ProseBlock[] = [];
        for (const item of child.children) {
          const block: ProseBlock = { offset: item.position?.start.offset ?? 0, texts: [], cites: [], claims: [], recommendations: [], editorial };
          collect(item, source, block);
          out.push(block);
          const nested = item.children.filter((c) => c.type === 'list');
          last = nested.length ? walk({ type: 'listItem', children: nested } as Parents, editorial, [block]) : [block];
        }
        pending = last;
        continue;
      }
      if (child.type === 'heading' || child.type === 'thematicBreak') {
        pending = [];
        continue;
      }
      if (child.type === 'blockquote' || child.type === 'mdxJsxFlowElement') {
        pending = walk(child as Parents, editorial || isElement(child, 'Editorial'), pending);
        continue;
      }
      if ('children' in child) {
        const block: ProseBlock = { offset: child.position?.start.offset ?? 0, texts: [], cites: [], claims: [], recommendations: [], editorial };
        collect(child, source, block);
        if (block.texts.some((t) => t.raw.trim())) {
          out.push(block);
          pending = [block];
        }
      }
    }
    return pending;
  };
  walk(tree, false, []);
  return out;
}
