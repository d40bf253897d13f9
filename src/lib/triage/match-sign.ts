// Finds where a text names a sign: every content word of one of the sign's phrases, in any order, close together.
import { tokens, type Token } from './words.ts';

/** How far apart, in content words, the words of one phrase may be and still name the sign together. */
export const WINDOW = 8;

export interface CompiledPhrase {
  phrase: string;
  keys: string[];
}

/**
 * A phrase's distinct content-word keys ("can't control my pee" → ~cannot, control, ~bladder). A choice between two
 * single words ("bladder or bowel") gives one phrase per word, so "loss of bladder or bowel control" is named by
 * "loss of bowel control" alone.
 */
export function compilePhrases(phrase: string): CompiledPhrase[] {
  const seen = new Set<string>();
  const out: CompiledPhrase[] = [];
  // A bracket or a trailing "especially …" clarifies a sign; it is not part of what a reader would write.
  const core = phrase.replace(/\([^)]*\)/g, ' ').replace(/,?\s+(?:especially|often|usually|particularly|typically)\b.*$/i, '');
  for (const alt of alternatives(core)) {
    const keys = [...new Set(tokens(alt).map((t) => t.key))];
    const key = keys.join(' ');
    if (keys.length && !seen.has(key)) out.push({ phrase, keys }), seen.add(key);
  }
  return out;
}

/** "a or b c" → ["a c", "b c"], for every "x or y" between two single words (at most 8 alternatives). */
function alternatives(phrase: string): string[] {
  const m = /([\p{L}\p{N}'-]+),? or ([\p{L}\p{N}'-]+)/iu.exec(phrase);
  if (!m) return [phrase];
  const head = phrase.slice(0, m.index);
  const tail = phrase.slice(m.index + m[0].length);
  return [...alternatives(`${head}${m[1]}${tail}`), ...alternatives(`${head}${m[2]}${tail}`)].slice(0, 8);
}

export interface SignMatch {
  phrase: string;
  /** Offset of the first matched word in the text. */
  index: number;
}

/**
 * The first phrase that `text` names, or undefined. A phrase is named when all its keys occur in the text within
 * WINDOW content words of each other (so "leaks of pee" names "bladder leaks", and word order does not matter).
 */
export function findSign(text: string | Token[] | IndexedText, phrases: readonly CompiledPhrase[]): SignMatch | undefined {
  const { toks, positions } = typeof text === 'object' && 'positions' in text ? text : indexText(text);
  if (toks.length === 0) return undefined;
  for (const p of phrases) {
    if (p.keys.length === 0 || !p.keys.every((k) => positions.has(k))) continue;
    const start = tightestStart(p.keys, positions);
    if (start !== undefined) return { phrase: p.phrase, index: toks[start].index };
  }
  return undefined;
}

export interface IndexedText {
  toks: Token[];
  /** Key → the indexes of its tokens, in order. */
  positions: Map<string, number[]>;
}

/** A text's tokens with an index by key, made once and matched against many phrases. */
export function indexText(text: string | Token[]): IndexedText {
  const toks = typeof text === 'string' ? tokens(text) : text;
  const positions = new Map<string, number[]>();
  toks.forEach((t, i) => {
    const list = positions.get(t.key);
    if (list) list.push(i);
    else positions.set(t.key, [i]);
  });
  return { toks, positions };
}

/** The token index where the keys all fall within WINDOW of each other, if they do. */
function tightestStart(keys: string[], positions: Map<string, number[]>): number | undefined {
  const anchor = positions.get(keys[0])!;
  for (const a of anchor) {
    let lo = a;
    let hi = a;
    let ok = true;
    for (const k of keys.slice(1)) {
      const near = positions.get(k)!.reduce((best, p) => (Math.abs(p - a) < Math.abs(best - a) ? p : best));
      if (Math.abs(near - a) > WINDOW) {
        ok = false;
        break;
      }
      lo = Math.min(lo, near);
      hi = Math.max(hi, near);
    }
    if (ok && hi - lo <= WINDOW) return lo;
  }
  return undefined;
}
