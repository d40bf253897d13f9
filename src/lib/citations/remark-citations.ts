// Remark plugin for rendering: turns [@id] into numbered links and tells <Claim>/<Recommendation> their numbers.
import type { Root, Nodes, Parents, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { relative, sep } from 'node:path';
import { decodeString } from 'micromark-util-decode-string';
import { citationsInTree } from './in-tree.ts';
import { citingItems } from './citing-items.ts';
import { siteModel, assignAnchors, leadingItems, type CiteRef } from '../site/model.ts';
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';

export interface RemarkCitationsOptions {
  /** Project root (the folder holding content/). */
  root: string;
}

/** Which content entry a file is, from its path; undefined for files outside content/. */
export function entryOfPath(root: string, path: string): { collection: CollectionName; id: string } | undefined {
  const rel = relative(root, path).split(sep).join('/');
  const m = /^content\/([a-z]+)\/([a-z0-9-]+)\.mdx$/.exec(rel);
  if (!m || !(m[1] in COLLECTIONS)) return undefined;
  return { collection: m[1] as CollectionName, id: m[2] };
}

function citationNode(refs: CiteRef[], locators: Array<string | undefined>): PhrasingContent {
  const children: PhrasingContent[] = [{ type: 'text', value: '[' }];
  refs.forEach((r, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    children.push({
      type: 'link',
      url: `#ref-${r.id}`,
      children: [{ type: 'text', value: String(r.n) }],
      data: { hProperties: { id: r.anchor, className: ['cite-link'], dataRef: r.id, ariaLabel: `Reference ${r.n}` } },
    });
    // (a suffix of punctuation only, as in [@a.], is not a locator worth showing)
    if (locators[i] && /[\p{L}\p{N}]/u.test(locators[i]!)) children.push({ type: 'text', value: ` (${locators[i]})` });
  });
  children.push({ type: 'text', value: ']' });
  return { type: 'emphasis', children, data: { hName: 'sup', hProperties: { className: ['cite'] } } } as PhrasingContent;
}

export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const entry = entryOfPath(options.root, file.path);
    if (!entry) return;
    const model = siteModel(options.root);
    const source = String(file.value);
    const leading = leadingItems(entry.collection, entry.id);
    const page = assignAnchors([...leading, ...citingItems(tree, source).map((l) => l.item)], model.lookup);
    let cursor = leading.length;

    // Walk in the same document order as citingItems, rewriting as we go.
    const cites = citationsInTree(tree, source);
    const byNode = new Map<Nodes, typeof cites>();
    for (const c of cites) byNode.set(c.node, [...(byNode.get(c.node) ?? []), c]);

    const walk = (node: Nodes, parent?: Parents) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Claim' || node.name === 'Recommendation')) {
        const refs = page.items[cursor++]?.refs ?? [];
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'cites', value: JSON.stringify(refs) });
        return;
      }
      if (node.type === 'text' && parent && byNode.has(node)) {
        const start = node.position!.start.offset!;
        const raw = source.slice(start, node.position!.end.offset!);
        const pieces: PhrasingContent[] = [];
        let last = 0;
        for (const c of byNode.get(node)!) {
          const from = c.start - start;
          if (from > last) pieces.push({ type: 'text', value: decodeString(raw.slice(last, from)) });
          pieces.push(citationNode(page.items[cursor++]?.refs ?? [], c.keys.map((k) => k.locator)));
          last = c.end - start;
        }
        if (last < raw.length) pieces.push({ type: 'text', value: decodeString(raw.slice(last)) } as Text);
        const index = parent.children.indexOf(node as never);
        (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
        return;
      }
      if ('children' in node) for (const child of [...(node as Parents).children]) walk(child as Nodes, node as Parents);
    };
    walk(tree);
  };
}
