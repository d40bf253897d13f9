// Finds the Pandoc citations in a parsed MDX tree, reading the raw source so escapes are respected and a bracket
// group is read across inline markup ([see *e.g.* @a], [@a, `x`]) as Pandoc reads it.
import type { Root, Nodes, Parents } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { plainText } from '../mdx/plain-text.ts';
import { parseCitations, unreadBrackets, MARKUP, type Citation, type CitationKey } from './parse.ts';

/** Offsets are file offsets (the parser's positions), ready for a LineIndex; prefix and locator are plain text. */
export interface TreeCitation extends Citation {
  /** The node whose children the citation spans (a paragraph, heading, emphasis…). */
  parent: Parents;
}

/** Node types whose text is never a citation: code, links (their text is link text), and MDX code. */
const SKIP = new Set(['inlineCode', 'code', 'link', 'linkReference', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

interface Scan {
  citations: TreeCitation[];
  /** File offsets of brackets that hold a key but are not a citation. */
  unread: number[];
}

/** Reads one run of inline siblings: text as source, every other child masked, so a group spans markup. */
function scanRun(parent: Parents, source: string, scan: Scan): Set<Nodes> {
  const children = parent.children as Nodes[];
  const base = children[0].position!.start.offset!;
  const chars = source.slice(base, children[children.length - 1].position!.end.offset!).split('');
  const masked: Array<{ node: Nodes; start: number; end: number }> = [];
  for (const child of children) {
    if (child.type === 'text') continue;
    const start = child.position!.start.offset!;
    const end = child.position!.end.offset!;
    chars.fill(MARKUP, start - base, end - base);
    masked.push({ node: child, start, end });
  }
  const text = chars.join('');
  // Prefix and locator as plain text: source text decoded, masked nodes by what they say.
  const display = ([from, to]: [number, number]): string => {
    let out = '';
    let at = from + base;
    for (const m of masked) {
      if (m.end <= at || m.start >= to + base) continue;
      if (m.start > at) out += decodeString(source.slice(at, m.start));
      out += plainText(m.node);
      at = m.end;
    }
    if (at < to + base) out += decodeString(source.slice(at, to + base));
    return out.replace(/\s+/g, ' ').trim();
  };
  const shift = (k: CitationKey): CitationKey => {
    const key: CitationKey = { id: k.id, offset: k.offset + base, suppressAuthor: k.suppressAuthor };
    if (k.prefixRange) key.prefix = display(k.prefixRange);
    if (k.locatorRange) key.locator = display(k.locatorRange);
    return key;
  };
  const found = parseCitations(text);
  const covered = new Set<Nodes>();
  for (const c of found) {
    scan.citations.push({ ...c, start: c.start + base, end: c.end + base, keys: c.keys.map(shift), parent });
    for (const m of masked) if (m.start >= c.start + base && m.end <= c.end + base) covered.add(m.node);
  }
  scan.unread.push(...unreadBrackets(text, found).map((o) => o + base));
  scan.unread.push(...swallowedKeys(text, base, masked, source));
  return covered;
}

/**
 * GFM turns `-@a.b`, `x-@a.b` and `@a@b.org` into e-mail links where Pandoc reads citations: a key that only an
 * autolinked address hides is refused (at its @), so no citation vanishes into a mailto: link.
 */
function swallowedKeys(text: string, base: number, masked: Array<{ node: Nodes; start: number; end: number }>, source: string): number[] {
  // (a literal autolink's source is its text; <mailto:…> and [text](mailto:…) are links the editor wrote)
  const autolinks = masked.filter((m) => m.node.type === 'link' && m.node.url.startsWith('mailto:') && source.slice(m.start, m.end) === plainText(m.node));
  if (autolinks.length === 0) return [];
  let plain = text;
  for (const m of autolinks) plain = plain.slice(0, m.start - base) + source.slice(m.start, m.end) + plain.slice(m.end - base);
  return parseCitations(plain)
    .flatMap((c) => c.keys.map((k) => k.offset + base))
    .filter((at) => autolinks.some((m) => at >= m.start && at < m.end));
}

function scanTree(tree: Root, source: string): Scan {
  const scan: Scan = { citations: [], unread: [] };
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type) || !('children' in node) || node.children.length === 0) return;
    const parent = node as Parents;
    const inline = parent.children.some((c) => c.type === 'text');
    if (inline && !parent.children.every((c) => c.position?.start.offset !== undefined && c.position.end.offset !== undefined)) {
      // (never expected after fillAutolinkPositions; if it happens, refuse rather than skip what might cite)
      scan.unread.push(parent.position?.start.offset ?? 0);
      return;
    }
    // Markup inside a citation is its prefix or suffix, not a place for more citations.
    const covered = inline ? scanRun(parent, source, scan) : new Set<Nodes>();
    for (const child of parent.children) if (!covered.has(child as Nodes)) walk(child as Nodes);
  };
  walk(tree);
  scan.citations.sort((a, b) => a.start - b.start);
  return scan;
}

/** Every citation in document order, with offsets into `source` (the text the tree was parsed from). */
export function citationsInTree(tree: Root, source: string): TreeCitation[] {
  return scanTree(tree, source).citations;
}

/** File offsets of every bracket that holds a key but is not read as a citation (see unreadBrackets). */
export function unreadBracketsInTree(tree: Root, source: string): number[] {
  return scanTree(tree, source).unread;
}
