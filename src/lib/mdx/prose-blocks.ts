// Splits an MDX body into prose blocks (paragraphs, list items) with their text, citations and the entries placed right after them.
import type { Root, Nodes, Parents } from 'mdast';
import { citationsInTree, type TreeCitation } from '../citations/in-tree.ts';

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

/** The citations overlapping [start, end): they are sorted and never overlap, so a binary search finds the first. */
function overlapping(cites: TreeCitation[], start: number, end: number): TreeCitation[] {
  let lo = 0;
  let hi = cites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cites[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: TreeCitation[] = [];
  for (let i = lo; i < cites.length && cites[i].start < end; i++) out.push(cites[i]);
  return out;
}

function collect(node: Nodes, source: string, cites: TreeCitation[], block: ProseBlock) {
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
    // (a citation may span markup, [see *e.g.* @a, p. 3]: every text inside its range is blanked, its keys counted once)
    for (const c of overlapping(cites, start, end)) {
      if (c.start >= start) block.cites.push(...c.keys.map((k) => k.id));
      const from = Math.max(c.start, start) - start;
      const to = Math.min(c.end, end) - start;
      raw = raw.slice(0, from) + ' '.repeat(to - from) + raw.slice(to);
    }
    block.texts.push({ offset: start, raw });
    return;
  }
  if ('children' in node) for (const child of (node as Parents).children) collect(child as Nodes, source, cites, block);
}

/** The prose blocks of a body in document order. Headings are not blocks (they name a section, they state nothing). */
export function proseBlocks(tree: Root, source: string): ProseBlock[] {
  const out: ProseBlock[] = [];
  const cites = citationsInTree(tree, source);
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
        collect(child, source, cites, block);
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
          collect(item, source, cites, block);
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
        collect(child, source, cites, block);
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
