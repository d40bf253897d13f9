// Refuses text that reads differently from how it displays: invisible and direction-changing characters, and YAML
// features (anchors, aliases, merge keys, tags) that make one line of a pull request stand for another.
import { visit, isAlias, isScalar, isPair, type Document, type Node as YamlNode } from 'yaml';
import type { RuleId } from '../problems/rules.ts';

interface TextProblem {
  rule: RuleId;
  /** Offset in the text given. */
  offset: number;
  message: string;
  hint: string;
}

const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)', 0x061c: 'ARABIC LETTER MARK', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
};
// Control characters other than tab and line breaks, invisible format characters, bidi controls, and the BOM.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** Every invisible or direction-changing character in a file, at its offset. */
export function hiddenCharacters(source: string): TextProblem[] {
  return [...source.matchAll(HIDDEN)].map((m) => {
    const code = m[0].codePointAt(0)!;
    const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      rule: 'text/invisible-character',
      offset: m.index,
      message: `invisible character ${u}${NAMES[code] ? ` (${NAMES[code]})` : ' (a control character)'} is not allowed`,
      hint: 'delete it: such characters make text (and ids) read differently from how they display',
    };
  });
}

/** Anchors, aliases, merge keys and explicit tags in a parsed YAML document, at their offsets in its text. */
export function yamlIndirections(doc: Document): TextProblem[] {
  const out: TextProblem[] = [];
  const at = (node: YamlNode | null | undefined) => node?.range?.[0] ?? 0;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      out.push({ rule: 'yaml/alias', offset: at(node), message: `YAML alias "*${node.source}" is not allowed`, hint: 'write the value out in full where it is used' });
      return;
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
      out.push({ rule: 'yaml/merge-key', offset: at(node.key as YamlNode), message: 'YAML merge key "<<" is not allowed', hint: 'write each field out in full' });
    }
    if (node && typeof node === 'object' && 'range' in node) {
      const n = node as YamlNode & { anchor?: string; tag?: string };
      if (n.anchor) out.push({ rule: 'yaml/anchor', offset: at(n), message: `YAML anchor "&${n.anchor}" is not allowed`, hint: 'delete the anchor; write values out in full where they are used' });
      if (n.tag) out.push({ rule: 'yaml/tag', offset: at(n), message: `YAML tag "${n.tag}" is not allowed`, hint: 'delete the tag: every field is plain text, a number, a list or a mapping' });
    }
  });
  return out;
}
