// Reads the whole content tree once: every entry's frontmatter (with source positions) and parsed MDX body.
import { readFileSync } from 'node:fs';
import { relative, extname, basename } from 'node:path';
import { parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node as YamlNode } from 'yaml';
import { listContentFiles } from './content-files.ts';
import { COLLECTIONS, type CollectionName } from './schemas.ts';
import { explainYamlError } from './yaml-messages.ts';
import { splitFrontmatter, parseMdx } from '../mdx/pipeline.ts';
import { LineIndex, type Position } from '../problems/line-index.ts';
import { checkMdxPolicy, type PolicyViolation } from '../mdx/policy.ts';
import { citingItems, type LocatedItem } from '../citations/citing-items.ts';
import { hiddenCharacters, yamlIndirections } from './text-guards.ts';
import { unreadCitations } from '../citations/unread.ts';
import { proseBlocks, type ProseBlock } from '../mdx/prose-blocks.ts';
import type { Problem } from '../problems/problem.ts';
import { RULES, type RuleId } from '../problems/rules.ts';

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  source: string;
  lines: LineIndex;
  /** Parsed YAML data (unvalidated), or undefined when the YAML could not be read. */
  data: unknown;
  /**
   * The YAML document with source ranges, for pointing at a field (undefined when the YAML could not be read).
   * Parsed again on first use: only entries with a problem need it, so it is not kept for every entry.
   */
  readonly doc?: Document;
  /** Offset of the YAML text inside the file. */
  yamlOffset: number;
  /**
   * For MDX entries: what the checker needs from the body parsed by the shared pipeline, taken while the tree is at
   * hand (undefined on a syntax error). The tree itself is not kept: at scale it is most of the memory.
   */
  mdx?: MdxFacts;
  /** The MDX body text, frontmatter blanked (same positions as the file). */
  body?: string;
}

export interface MdxFacts {
  /** Constructs the MDX policy refuses. */
  violations: PolicyViolation[];
  /** Citations and placed entries, in document order. */
  items: LocatedItem[];
  /** Paragraphs and list items, for the figure and unsourced-prose rules. */
  prose: ProseBlock[];
}

export interface ContentTree {
  root: string;
  entries: RawEntry[];
  byCollection: Record<CollectionName, Map<string, RawEntry>>;
  /** Problems found while reading (unreadable YAML, MDX syntax errors, bad file names). */
  problems: Problem[];
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}


/** Reads one file of a collection (exported for tools that check a single file). */
function readEntry(root: string, collection: CollectionName, fullPath: string, problems: Problem[]): RawEntry | undefined {
  const data = readEntryData(root, collection, fullPath, problems);
  return data && toRawEntry(data);
}

/** What reading one file yields, as plain data that can cross to another thread (no class instances, no getters). */
export type EntryData = Omit<RawEntry, 'lines' | 'doc'> & {
  /** Length of the YAML text starting at yamlOffset, or -1 when it could not be read. */
  yamlLength: number;
};

/** Gives read data its line index and its lazily re-parsed YAML document. */
export function toRawEntry(d: EntryData): RawEntry {
  const { yamlLength, ...rest } = d;
  const entry = { ...rest, lines: new LineIndex(d.source) } as RawEntry;
  if (yamlLength >= 0) {
    let again: Document | undefined;
    Object.defineProperty(entry, 'doc', { get: () => (again ??= parseDocument(d.source.slice(d.yamlOffset, d.yamlOffset + yamlLength), YAML_OPTIONS)), enumerable: false });
  }
  return entry;
}

/** Reads, parses and analyses one file; problems go to `problems`. Pure of any state: safe to run on a worker thread. */
export function readEntryData(root: string, collection: CollectionName, fullPath: string, problems: Problem[]): EntryData | undefined {
  const file = toPosix(relative(root, fullPath));
  const ext = COLLECTIONS[collection].ext;
  const id = basename(fullPath, extname(fullPath));
  const source = readFileSync(fullPath, 'utf8');
  let lines: LineIndex | undefined;
  const problem = (rule: RuleId, offset: number, message: string, hint?: string) => {
    const at = (lines ??= new LineIndex(source)).at(offset);
    problems.push({ rule, file, line: at.line, column: at.column, message, hint, severity: RULES[rule].severity });
  };

  for (const h of hiddenCharacters(source)) problem(h.rule, h.offset, h.message, h.hint);
  let yamlText = source;
  let yamlOffset = 0;
  let body: string | undefined;
  if (ext === '.mdx') {
    const split = splitFrontmatter(source);
    if (!split.hasFrontmatter) {
      problem('mdx/no-frontmatter', 0, 'the file has no frontmatter', 'start the file with a line "---", the YAML fields, and another line "---"');
      return undefined;
    }
    yamlText = split.frontmatter;
    yamlOffset = split.frontmatterOffset;
    body = split.body;
  }

  const doc = parseDocument(yamlText, YAML_OPTIONS);
  let data: unknown;
  if (doc.errors.length > 0) {
    // One problem per line, in the editor's words: a slip often gives the parser several errors on one line.
    const lines = new Set<number>();
    for (const err of doc.errors) {
      const line = yamlText.slice(0, err.pos[0]).split('\n').length;
      if (lines.has(line) || lines.has(line - 1)) continue;
      lines.add(line);
      const { message, hint } = explainYamlError(err, yamlText);
      problem('yaml/syntax', yamlOffset + err.pos[0], message, hint);
    }
  } else {
    const indirect = yamlIndirections(doc);
    for (const y of indirect) problem(y.rule, yamlOffset + y.offset, y.message, y.hint);
    // An alias could expand one line into megabytes (a "billion laughs"): such a document is reported, never expanded.
    if (indirect.length === 0) data = doc.toJS() ?? {};
  }

  const entry: EntryData = { collection, id, file, source, data, yamlOffset, yamlLength: data === undefined ? -1 : yamlText.length, body };
  if (body !== undefined) {
    try {
      const tree = parseMdx(body);
      entry.mdx = { violations: [...checkMdxPolicy(tree), ...unreadCitations(tree, body)], items: citingItems(tree, body), prose: proseBlocks(tree, body) };
    } catch (err) {
      const e = err as { line?: number; column?: number; place?: { line?: number; column?: number; start?: Position }; reason?: string; message: string };
      const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as Position | undefined);
      problems.push({
        rule: 'mdx/syntax',
        file,
        line: place?.line ?? e.line ?? 1,
        column: place?.column ?? e.column ?? 1,
        message: `MDX syntax: ${e.reason ?? e.message}`,
        hint: 'a "<" or "{" starts a component or expression in MDX; write \\< or \\{ for the literal character',
        severity: 'error',
      });
    }
  }
  return entry;
}

/** One content file to read, in the order loadContent reads them. */
interface ContentFile {
  collection: CollectionName;
  /** Absolute path. */
  full: string;
}

/** Lists the entries under `<root>/content` in reading order; every other file there becomes a problem. */
export function listContent(root: string): { files: ContentFile[]; problems: Problem[] } {
  const { files, refused } = listContentFiles(root);
  const problems: Problem[] = refused.map((r) => ({ rule: r.rule, file: r.file, line: 1, column: 1, message: r.message, hint: r.hint, severity: RULES[r.rule].severity }));
  return { files: files.map(({ collection, full }) => ({ collection, full })), problems };
}

/** Puts read entries (in listContent order; undefined for files that could not be read) together into a tree. */
export function assembleTree(root: string, read: ReadonlyArray<RawEntry | undefined>, problems: Problem[]): ContentTree {
  const entries: RawEntry[] = [];
  const byCollection = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, new Map()])) as ContentTree['byCollection'];
  for (const entry of read) {
    if (!entry) continue;
    entries.push(entry);
    byCollection[entry.collection].set(entry.id, entry);
  }
  return { root, entries, byCollection, problems };
}

/** Loads every collection under `<root>/content`. Never throws on bad content: it records problems. */
export function loadContent(root: string): ContentTree {
  const { files, problems } = listContent(root);
  return assembleTree(root, files.map((f) => readEntry(root, f.collection, f.full, problems)), problems);
}

type PathKey = string | number;

/**
 * Finds where a YAML path sits in the file: the value's start when it exists, else the key,
 * else the nearest existing parent. `key: true` points at the key itself (for unknown fields).
 */
export function locatePath(entry: RawEntry, path: readonly PathKey[], opts: { key?: boolean } = {}): number {
  const doc = entry.doc;
  if (!doc) return entry.yamlOffset;
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      const last = i === path.length - 1;
      if (last && opts.key) {
        best = keyNode.range?.[0] ?? best;
        break;
      }
      const valueNode = pair.value as YamlNode | null;
      best = valueNode?.range?.[0] ?? keyNode.range?.[0] ?? best;
      if (valueNode && (isMap(valueNode) || isSeq(valueNode)) && valueNode.flow !== true && !last) best = keyNode.range?.[0] ?? best;
      node = valueNode;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  return entry.yamlOffset + best;
}
