// A safety net under the citation parser: a bracket that holds a key but is not read as a citation ([@a @b], [@a;],
// [see (x; @a)]) is refused, so an editor never publishes literal brackets around what they meant as a citation.
import type { Root } from 'mdast';
import { unreadBracketsInTree } from './in-tree.ts';
import type { PolicyViolation } from '../mdx/policy.ts';

/** Every bracket holding a key that the parser did not read as a citation, at the offset of its "[". */
export function unreadCitations(tree: Root, source: string): PolicyViolation[] {
  return unreadBracketsInTree(tree, source).map((offset) => ({
    rule: 'citation/unreadable-bracket' as const,
    offset,
    message: 'this bracket holds a citation key but cannot be read as a citation',
    hint: 'write one key per item, items separated by semicolons, e.g. [@id, p. 3] or [see @a; @b]; to show the text as written, escape the @ as \\@',
  }));
}
