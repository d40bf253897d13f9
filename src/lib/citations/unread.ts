// A safety net under the citation parser: text that starts a bracketed citation ("[@id", "[-@id", "[see @id") but was
// not read as one is refused, so an id can never slip past the gate as raw text (e.g. markup inside the brackets).
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { citationsInTree } from './in-tree.ts';
import type { PolicyViolation } from '../mdx/policy.ts';

/** An unescaped "[" then, before any "]", an "@" that starts a key as Pandoc reads one. */
const OPENING = /(?<!\\)\[[^\]\[]*?(?<![\p{L}\p{N}._%+\-!#$&'*/=?^`{|}~])-?@[\p{L}\p{N}_]/gu;

/** Every bracket opening a citation that the parser did not read, at the offset of its "[". */
export function unreadCitations(tree: Root, source: string): PolicyViolation[] {
  const read = citationsInTree(tree, source).map((c) => [c.start, c.end] as const);
  const out: PolicyViolation[] = [];
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = source.slice(start, end);
    for (const m of raw.matchAll(OPENING)) {
      const at = start + m.index;
      if (read.some(([s, e]) => at >= s && at < e)) continue;
      out.push({
        offset: at,
        message: 'this bracket looks like a citation but cannot be read as one',
        hint: 'write the brackets with plain text only, e.g. [@id, p. 3] or [see @id]; markup (*, `, links) inside a citation is not supported',
      });
    }
  });
  return out;
}
