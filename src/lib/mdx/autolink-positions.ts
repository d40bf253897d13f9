// GFM autolink literals (www.x.org, a@b.org) split a text node into nodes without positions; this gives them back
// their source offsets, so nothing written around an address (a citation, a figure) is skipped for want of a position.
import type { Root, Nodes, Parents } from 'mdast';
import { visit } from 'unist-util-visit';
import { LineIndex } from '../problems/line-index.ts';
import { plainText } from './plain-text.ts';

type Located = Nodes & { position: NonNullable<Nodes['position']> };

/** Fills in the position of every child that lacks one, from its neighbours and the source. Mutates the tree. */
export function fillAutolinkPositions(tree: Root, source: string): void {
  let lines: LineIndex | undefined;
  const point = (offset: number) => {
    lines ??= new LineIndex(source);
    return { ...lines.at(offset), offset };
  };
  visit(tree, (node) => {
    if (!('children' in node) || !node.position) return;
    const children = (node as Parents).children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      if (children[i].position?.start.offset !== undefined) continue;
      let j = i;
      while (j + 1 < children.length && children[j + 1].position?.start.offset === undefined) j++;
      // The run i..j lies between its positioned neighbours; links are found by their literal text, text fills between.
      let at = i > 0 ? (children[i - 1] as Located).position.end.offset! : node.position.start.offset!;
      const to = j + 1 < children.length ? (children[j + 1] as Located).position.start.offset! : node.position.end.offset!;
      for (let k = i; k <= j; k++) {
        const child = children[k];
        let start = at;
        let end = to;
        if (child.type !== 'text') {
          const text = plainText(child);
          start = source.indexOf(text, at);
          if (start === -1 || start + text.length > to) return; // cannot place it: leave the run without positions
          end = start + text.length;
        } else if (k < j) {
          const next = source.indexOf(plainText(children[k + 1]), at);
          if (next !== -1 && next <= to) end = next;
        }
        child.position = { start: point(start), end: point(end) };
        at = end;
      }
      i = j;
    }
  });
}
