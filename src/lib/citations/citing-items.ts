// Lists what an MDX body cites, in document order: citations, <Claim> and <Recommendation> elements.
import type { Root, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { citationsInTree } from './in-tree.ts';
import type { CitingItem } from './numbering.ts';

export interface LocatedItem {
  item: CitingItem;
  /** File offsets of each id (for a citation, each key's `@`; for an element, its id value or tag). */
  offsets: number[];
}

function idAttribute(node: Nodes): { value?: string; offset: number } {
  const el = node as { attributes?: Array<{ type: string; name?: string; value?: unknown; position?: { start: { offset?: number } } }>; position?: { start: { offset?: number } } };
  const attr = el.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const value = typeof attr?.value === 'string' ? attr.value : undefined;
  return { value, offset: attr?.position?.start.offset ?? el.position?.start.offset ?? 0 };
}

/** Citations and entry elements in the order a reader meets them. */
export function citingItems(tree: Root, source: string): LocatedItem[] {
  const cites = citationsInTree(tree, source);
  const elements: Array<{ offset: number; located: LocatedItem }> = [];
  visit(tree, (visited) => {
    const node = visited as Nodes;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Claim' || node.name === 'Recommendation')) {
      const { value, offset } = idAttribute(node);
      if (value !== undefined) {
        const kind = node.name === 'Claim' ? 'claim' : 'recommendation';
        elements.push({ offset: node.position?.start.offset ?? offset, located: { item: { kind, id: value }, offsets: [offset] } });
      }
    }
  });
  const all = [
    ...cites.map((c) => ({ offset: c.start, located: { item: { kind: 'cite' as const, ids: c.keys.map((k) => k.id) }, offsets: c.keys.map((k) => k.offset) } })),
    ...elements,
  ];
  all.sort((a, b) => a.offset - b.offset);
  return all.map((a) => a.located);
}
