// Pandoc citation syntax ([@a], [@a; @b], [see @a, p. 12], [-@a], bare @a) parsed with exact offsets.

export interface CitationKey {
  /** The cited id, without the `@`. */
  id: string;
  /** Offset of the `@` in the parsed text. */
  offset: number;
  /** Text after the key, e.g. "p. 12" or "table 2" (a leading comma is dropped). */
  locator?: string;
  /** Text before the key inside brackets, e.g. "see". */
  prefix?: string;
  /** `[-@a]`: the author name is suppressed (we number citations, so it renders the same). */
  suppressAuthor: boolean;
}

export interface Citation {
  keys: CitationKey[];
  /** Offset of the first character of the citation (`[` or `@`). */
  start: number;
  /** Offset just past its last character. */
  end: number;
  bracketed: boolean;
}

// Pandoc: a key starts with a letter, digit or _, and may contain internal punctuation :.#$%&-+?<>~/
// (alphanumerics are Unicode letters and digits, as in Pandoc: @müller2020 is read whole, then reported as unknown)
const KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*/u;
// Characters that, just before an @, make it part of a word or an e-mail address rather than a citation.
const WORDISH = /[\p{L}\p{N}._%+\-!#$&'*/=?^`{|}~]/u;

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Finds the `]` closing the `[` at `open`, skipping escaped brackets; -1 if none or if another `[` opens first. */
function findClose(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') return -1;
    if (c === ']') return i;
  }
  return -1;
}

/** Splits the inside of brackets at unescaped semicolons, keeping offsets. */
function splitParts(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === ';') {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: to });
  return parts;
}

/** Parses one `prefix -@key, locator` item; undefined unless it holds exactly one valid key. */
function parseItem(text: string, start: number, end: number): CitationKey | undefined {
  let found: CitationKey | undefined;
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '@') continue;
    const before = i > start ? text[i - 1] : ' ';
    const suppressAuthor = before === '-';
    if (!suppressAuthor && !/\s/.test(before) && i !== start) continue;
    if (suppressAuthor && i - 1 > start && !/\s/.test(text[i - 2])) continue;
    const m = KEY.exec(text.slice(i + 1, end));
    if (!m) continue;
    if (found) return undefined; // two keys in one item: not Pandoc syntax
    const keyEnd = i + 1 + m[0].length;
    const prefix = text.slice(start, suppressAuthor ? i - 1 : i).trim();
    // What follows the key is its suffix, as in Pandoc: [@a, p. 3], [@a.], [@a's] (trailing punctuation is not key).
    const rest = text.slice(keyEnd, end).replace(/^\s*,/, '').trim();
    found = { id: m[0], offset: i, suppressAuthor };
    if (prefix) found.prefix = prefix;
    if (rest) found.locator = rest;
    i = keyEnd - 1;
  }
  return found;
}

/**
 * Finds every citation in a piece of Markdown source text (backslash escapes still in place).
 * Never throws; every key's offset points at its `@`.
 */
export function parseCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = findClose(text, i);
      if (close !== -1) {
        const parts = splitParts(text, i + 1, close);
        const keys = parts.map((p) => parseItem(text, p.start, p.end));
        if (keys.length > 0 && keys.every((k): k is CitationKey => k !== undefined)) {
          out.push({ keys, start: i, end: close + 1, bracketed: true });
          i = close;
        }
      }
      continue;
    }
    if (c === '@' && !isEscaped(text, i) && (i === 0 || !WORDISH.test(text[i - 1])) && !(text[i - 1] === '[' && isEscaped(text, i - 1))) {
      // (an @ right after an escaped bracket, as in \[@a], is the editor opting out of a citation)
      const m = KEY.exec(text.slice(i + 1));
      if (!m) continue;
      const keyEnd = i + 1 + m[0].length;
      if (text[keyEnd] === '@') continue; // "@a@b" looks like an address, not a citation
      const key: CitationKey = { id: m[0], offset: i, suppressAuthor: false };
      let end = keyEnd;
      // Pandoc's author-in-text form may take a locator in brackets: @a [p. 33]
      const loc = /^ ?\[([^\]@[\\]*)\]/.exec(text.slice(keyEnd));
      if (loc && loc[1].trim()) {
        key.locator = loc[1].trim();
        end = keyEnd + loc[0].length;
      }
      out.push({ keys: [key], start: i, end, bracketed: false });
      i = end - 1;
    }
  }
  return out;
}
