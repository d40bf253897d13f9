// The plain text a reader sees for an inline node: its text and code values, in order (a link's words, emphasis).
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

export function plainText(node: Nodes): string {
  let out = '';
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
  });
  return out;
}
