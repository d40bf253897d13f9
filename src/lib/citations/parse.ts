// Pandoc citation syntax ([@a], [@a; @b], [see @a, p. 12], [-@a], bare @a, @a [p. 3]) parsed with exact offsets.

export interface CitationKey {
  /** The cited id, without the `@`. */
  id: string;
  /** Offset of the `@` in the parsed text. */
  offset: number;
  /** Text after the key, e.g. "p. 12" or "table 2" (a leading comma is dropped). */
  locator?: string;
  /** Where the locator is in the parsed text (before trimming the comma), for callers that map it back to markup. */
  locatorRange?: [number, number];
  /** Text before the key inside brackets, e.g. "see". */
  prefix?: string;
  /** Where the prefix is in the parsed text. */
  prefixRange?: [number, number];
  /** `[-@a]`: the author name is suppressed (we number citations, so it renders the same). */
  suppressAuthor: boolean;
}

export interface Citation {
  /** For an in-text citation the first key is the author named in the text; keys after it come from a bracket
   * that follows it, as in `@a [p. 3; @b]` (Pandoc reads `b` as a normal citation). */
  keys: CitationKey[];
  /** Offset of the first character of the citation (`[` or `@`). */
  start: number;
  /** Offset just past its last character. */
  end: number;
  bracketed: boolean;
}

/** Pandoc's citation mode of each key: how the differential test and the checker name them. */
export type CitationMode = 'normal' | 'suppress-author' | 'in-text';

export function citationModes(c: Citation): CitationMode[] {
  return c.keys.map((k, i) => (!c.bracketed && i === 0 ? 'in-text' : k.suppressAuthor ? 'suppress-author' : 'normal'));
}

/**
 * Stands in for inline markup (emphasis, code, links) when a caller parses a run of inline nodes: callers replace
 * each non-text node's source with this character, so offsets stay file offsets and markup is neither key nor bracket.
 */
export const MARKUP = '\uE000';

// Pandoc: a key starts with a letter, digit or _, and may contain internal punctuation :.#$%&-+?<>~/
// (alphanumerics are Unicode letters and digits, as in Pandoc: @müller2020 is read whole, then reported as unknown)
const KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*/u;
// Pandoc: an @ right after a letter, digit or period is inside a word or an address (x@a, a.@b), not a citation.
const WORDISH = /[\p{L}\p{N}.]/u;

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The key starting with the `@` at `i`, if one may start there: the @ is unescaped and not inside a word, unless
 * a key has just ended there (`@a@b` is two keys, as in Pandoc). `from` is where the text being read begins.
 */
function keyAt(text: string, i: number, from: number, afterKey: number): string | undefined {
  if (text[i] !== '@' || isEscaped(text, i)) return undefined;
  if (i > from && i !== afterKey && WORDISH.test(text[i - 1])) return undefined;
  return KEY.exec(text.slice(i + 1, i + 1 + 256))?.[0];
}

/** A bracket longer than this is not a citation group (keeps hostile input linear; real groups are under 200). */
const MAX_GROUP = 500;

/**
 * For every unescaped `[`, the offset of its matching `]` (nested pairs balanced), or -1; one pass with a stack.
 * Pairs longer than MAX_GROUP count as unmatched.
 */
function matchBrackets(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') stack.push(i);
    else if (c === ']' && stack.length > 0) {
      const open = stack.pop()!;
      if (i - open <= MAX_GROUP) match[open] = i;
    }
  }
  return match;
}

/** Splits the inside of brackets at unescaped semicolons outside nested brackets, keeping offsets. */
function splitParts(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ';' && depth === 0) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: to });
  return parts;
}

/** Whether any key could start in text[from, to); `boundary` is where the text being read begins. */
function holdsKey(text: string, from: number, to: number, boundary: number): boolean {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '@' && keyAt(text, i, boundary, -1)) return true;
  }
  return false;
}

function trimmedRange(text: string, start: number, end: number): [number, number] | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? [start, end] : undefined;
}

/**
 * Parses one `prefix -@key, locator` item; undefined unless it holds exactly one key. A second key or a nested
 * citation in its prefix or suffix is refused: Pandoc would read a citation inside a citation, we ask for `;`.
 */
function parseItem(text: string, start: number, end: number): CitationKey | undefined {
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    const id = text[i] === '@' ? keyAt(text, i, start, -1) : undefined;
    if (!id) continue;
    // `-@a` suppresses the author when the dash starts a word, as in Pandoc ([see-@a] is a normal citation).
    const suppressAuthor = i > start && text[i - 1] === '-' && (i - 1 === start || !WORDISH.test(text[i - 2]));
    const keyEnd = i + 1 + id.length;
    if (keyAt(text, keyEnd, start, keyEnd) || holdsKey(text, keyEnd, end, start)) return undefined;
    const key: CitationKey = { id, offset: i, suppressAuthor };
    const prefix = trimmedRange(text, start, suppressAuthor ? i - 1 : i);
    if (prefix) {
      key.prefix = text.slice(...prefix);
      key.prefixRange = prefix;
    }
    // What follows the key is its suffix, as in Pandoc: [@a, p. 3], [@a.], [@a's] (trailing punctuation is not key).
    const comma = /^\s*,/.exec(text.slice(keyEnd, end));
    const rest = trimmedRange(text, keyEnd + (comma ? comma[0].length : 0), end);
    if (rest) {
      key.locator = text.slice(...rest);
      key.locatorRange = rest;
    }
    return key;
  }
  return undefined;
}

/** Parses `text[from, to)` as `;`-separated citation items; undefined unless every item holds one key. */
function parseItems(text: string, parts: Array<{ start: number; end: number }>): CitationKey[] | undefined {
  const keys = parts.map((p) => parseItem(text, p.start, p.end));
  return keys.every((k): k is CitationKey => k !== undefined) ? keys : undefined;
}

/**
 * After an in-text key, Pandoc reads a bracket as its locator, optionally followed by more citations:
 * `@a [p. 33]`, `@a [p. 3; @b]`. Returns the extra keys and where the bracket ends, or undefined.
 */
function trailingBracket(text: string, match: Int32Array, key: CitationKey, keyEnd: number): { keys: CitationKey[]; end: number } | undefined {
  const open = text[keyEnd] === '[' ? keyEnd : text[keyEnd] === ' ' && text[keyEnd + 1] === '[' ? keyEnd + 1 : -1;
  const close = open === -1 ? -1 : match[open];
  if (close === -1) return undefined;
  const [first, ...others] = splitParts(text, open + 1, close);
  if (holdsKey(text, first.start, first.end, first.start)) return undefined; // `@a [@b]`: the bracket is a citation of its own
  const keys = parseItems(text, others);
  const locator = trimmedRange(text, first.start, first.end);
  if (!keys || (!locator && keys.length === 0)) return undefined;
  if (locator) {
    key.locator = text.slice(...locator);
    key.locatorRange = locator;
  }
  return { keys, end: close + 1 };
}

/**
 * Finds every citation in a piece of Markdown source text (backslash escapes still in place; inline markup, if
 * any, replaced by MARKUP). Never throws; every key's offset points at its `@`.
 */
export function parseCitations(text: string): Citation[] {
  const match = matchBrackets(text);
  const out: Citation[] = [];
  let afterKey = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = match[i];
      // (a bracket right before another is a reference link to Pandoc: [@a][x] is not a citation group)
      const keys = close === -1 || text[close + 1] === '[' ? undefined : parseItems(text, splitParts(text, i + 1, close));
      if (keys) {
        out.push({ keys, start: i, end: close + 1, bracketed: true });
        i = close;
      }
      continue;
    }
    // (an @ right after an escaped bracket, as in \[@a], is the editor opting out of a citation)
    if (c !== '@' || (text[i - 1] === '[' && isEscaped(text, i - 1))) continue;
    const id = keyAt(text, i, 0, afterKey);
    if (!id) continue;
    const key: CitationKey = { id, offset: i, suppressAuthor: false };
    const keyEnd = i + 1 + id.length;
    const bracket = trailingBracket(text, match, key, keyEnd);
    const end = bracket?.end ?? keyEnd;
    out.push({ keys: [key, ...(bracket?.keys ?? [])], start: i, end, bracketed: false });
    afterKey = end;
    i = end - 1;
  }
  return out;
}

/**
 * Brackets that hold a key yet were not read as a bracketed citation ([@a @b], [@a;], [see (x; @a)], [see [@b] @a]):
 * Pandoc would read literal brackets around in-text citations, which is never what an editor meant. Offsets of "[".
 */
export function unreadBrackets(text: string, citations: Citation[]): number[] {
  const match = matchBrackets(text);
  const groups = citations.filter((c) => c.bracketed || c.keys.length > 1);
  const starts = new Set(groups.map((c) => c.start));
  const grouped = new Set(groups.flatMap((c) => c.keys.map((k) => k.offset)));
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '[' || starts.has(i)) continue;
    const end = match[i] === -1 ? Math.min(text.length, i + MAX_GROUP) : match[i];
    for (let j = i + 1; j < end; j++) {
      if (text[j] === '\\') {
        j++;
        continue;
      }
      if (text[j] === '@' && !grouped.has(j) && !(j === i + 1 && isEscaped(text, i)) && keyAt(text, j, i + 1, -1)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
