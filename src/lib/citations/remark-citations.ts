// Remark plugin for rendering: turns [@id] into numbered links and tells <Claim>/<Recommendation> their numbers.
import type { Root, Nodes, Parents, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { relative, sep } from 'node:path';
import { decodeString } from 'micromark-util-decode-string';
import { citationsInTree, type TreeCitation } from './in-tree.ts';
import { fillAutolinkPositions } from '../mdx/autolink-positions.ts';
import { citingItems } from './citing-items.ts';
import { siteModel, assignAnchors, leadingItems, type CiteRef, type SiteModel } from '../site/model.ts';
import { entryOfPath } from '../content/content-files.ts';
import { devRegistry } from '../problems/dev-registry.ts';

export interface RemarkCitationsOptions {
  /** Project root (the folder holding content/). */
  root: string;
  /** Where numbers come from: the checked site model (by default the one the gate primed for this root). */
  model?: () => Pick<SiteModel, 'lookup' | 'references'>;
}

function citationNode(refs: CiteRef[], locators: Array<string | undefined>, unknown: (id: string) => boolean = () => false): PhrasingContent {
  const children: PhrasingContent[] = [{ type: 'text', value: '[' }];
  refs.forEach((r, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    // (dev only: a build never gets here, the gate refuses an unknown reference first)
    if (unknown(r.id)) {
      children.push({ type: 'emphasis', children: [{ type: 'text', value: `unknown source @${r.id}` }], data: { hName: 'span', hProperties: { className: ['oe-dev-unknown-cite'], dataRef: r.id } } } as PhrasingContent);
      return;
    }
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
    const entry = entryOfPath(relative(options.root, file.path).split(sep).join('/'));
    if (!entry) return;
    const model = (options.model ?? (() => siteModel(options.root)))();
    // Under `astro dev` the content may have errors: what the build would refuse is marked in place.
    const dev = devRegistry(options.root) !== undefined;
    const unknownRef = dev ? (id: string) => !model.references.has(id) : undefined;
    const path = relative(options.root, file.path).split(sep).join('/');
    const source = String(file.value);
    fillAutolinkPositions(tree, source);
    const leading = leadingItems(entry.collection, entry.id);
    const page = assignAnchors([...leading, ...citingItems(tree, source).map((l) => l.item)], model.lookup);
    let cursor = leading.length;

    // Walk in the same document order as citingItems, rewriting as we go. A citation may span several inline
    // siblings ([see *e.g.* @a]): they are replaced, with the text around it kept.
    const byParent = new Map<Parents, TreeCitation[]>();
    for (const c of citationsInTree(tree, source)) byParent.set(c.parent, [...(byParent.get(c.parent) ?? []), c]);

    const rewrite = (parent: Parents, cites: TreeCitation[]) => {
      const out: PhrasingContent[] = [];
      let next = 0;
      let inside: TreeCitation | undefined; // a citation that began in an earlier child and has not ended yet
      for (const child of [...parent.children] as Nodes[]) {
        const start = child.position!.start.offset!;
        const end = child.position!.end.offset!;
        if (child.type !== 'text') {
          if (inside) continue; // markup in a citation's prefix or suffix
          walk(child);
          out.push(child as PhrasingContent);
          continue;
        }
        let at = start;
        if (inside) {
          if (inside.end > end) continue;
          at = inside.end;
          inside = undefined;
        }
        for (; next < cites.length && cites[next].start < end; next++) {
          const c = cites[next];
          if (c.start > at) out.push({ type: 'text', value: decodeString(source.slice(at, c.start)) });
          out.push(citationNode(page.items[cursor++]?.refs ?? [], c.keys.map((k) => k.locator), unknownRef));
          at = c.end;
          if (c.end > end) {
            inside = c;
            next++;
            break;
          }
        }
        if (!inside && at < end) out.push({ type: 'text', value: decodeString(source.slice(at, end)) } as Text);
      }
      parent.children.splice(0, parent.children.length, ...(out as never[]));
    };

    const walk = (node: Nodes) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Claim' || node.name === 'Recommendation')) {
        const refs = page.items[cursor++]?.refs ?? [];
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'cites', value: JSON.stringify(refs) });
        // (dev only) where an unknown id is placed, for the box the component shows instead of the entry
        if (dev && node.position) node.attributes.push({ type: 'mdxJsxAttribute', name: 'at', value: `${path}:${node.position.start.line}:${node.position.start.column}` });
        return;
      }
      const cites = byParent.get(node as Parents);
      if (cites) return rewrite(node as Parents, cites);
      if ('children' in node) for (const child of [...(node as Parents).children]) walk(child as Nodes);
    };
    walk(tree);
  };
}
