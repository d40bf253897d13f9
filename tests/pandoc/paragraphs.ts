// A seeded generator of Markdown paragraphs mixing every citation form with traps, for the differential test against Pandoc.
import { prng } from '../../src/lib/bench/prng.ts';

/** A deliberate difference from Pandoc, listed in the README's citation section; pieces that trigger one say which. */
export type Difference = 'escaped-bracket' | 'link-text' | 'autolink' | 'nested';

export interface Piece {
  text: string;
  /** Ids this piece cites as Pandoc reads them (unique within the paragraph). */
  ids: string[];
  difference?: Difference;
}

export interface Paragraph {
  text: string;
  pieces: Piece[];
}


const WORDS = ['The', 'trial', 'showed', 'no', 'difference', 'in', 'pain', 'at', '12', 'weeks', '(see', 'below)', 'and', 'harms,', 'were', 'rare.', 'A', 'review', 'found', '3', 'of', '177', '—', 'e.g.', 'i.e.', '"quoted"', 'cost:', '50%'];
const STEMS = ['smith', 'jones', 'lee', 'cochrane', 'who', 'nice', 'ernst', 'yin', 'chikuda', 'müller', 'øster', 'li_wei', 'x'];
// Internal punctuation Pandoc allows inside a key; < > (JSX in MDX), ~ (strikethrough vs subscript) and $ (TeX math
// in Pandoc's Markdown, none in ours) are left out: they test the two Markdowns, not the citation syntax.
const JOINS = ['-', ':', '.', '/', '#', '%', '&', '+', '?', '_'];
const AFTER = ['.', ',', ':', ';', "'s", '?', '!', ')', '--x', '.-', '..', '...'];

/** GFM reads `-@a.b`, `x-@a.b` and `@a@b.c` as e-mail addresses where Pandoc reads citations: such a piece is a documented difference. */
function autolinked(piece: Piece): Piece {
  if (piece.difference || piece.ids.length === 0) return piece;
  return /(?:[-+_]|@[^\s@\]]+)@[^\s\]@]*\.[\p{L}\p{N}]/u.test(piece.text) ? { ...piece, difference: 'autolink' } : piece;
}

export function paragraphs(seed: number, count: number): Paragraph[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Paragraph[] = [];
  for (let p = 0; p < count; p++) {
    let n = 0;
    const key = (): string => {
      n++;
      let id = `${pick(STEMS)}${p}x${n}`;
      if (r() < 0.35) id += `${pick(JOINS)}${pick(['a', '2', 'b1', 'rev'])}`;
      if (r() < 0.1) id = `${Math.floor(r() * 9)}${id}`;
      return id;
    };
    const loc = () => pick(['p. 3', 'pp. 33-35', 'chap. 2', 'table 2', 'fig. 1', 'passim', 'p. 12, n. 4']);
    const forms: Array<() => Piece> = [
      () => { const a = key(); return { text: `[@${a}]`, ids: [a] }; },
      () => { const a = key(); const b = key(); return { text: `[@${a}; @${b}]`, ids: [a, b] }; },
      () => { const a = key(); return { text: `[see @${a}, ${loc()}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[-@${a}]`, ids: [a] }; },
      () => { const a = key(); const b = key(); return { text: `[see @${a}, ${loc()}; also -@${b}, ${loc()}]`, ids: [a, b] }; },
      () => { const a = key(); return { text: `@${a}`, ids: [a] }; },
      () => { const a = key(); return { text: `@${a} [${loc()}]`, ids: [a] }; },
      () => { const a = key(); const b = key(); return { text: `@${a} [${loc()}; @${b}]`, ids: [a, b] }; },
      () => { const a = key(); return { text: `@${a}${pick(AFTER)}`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a}${pick(AFTER.filter((x) => x !== ';'))}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[-@${a}${pick(['.', ':', "'s"])}]`, ids: [a] }; },
      () => { const a = key(); return { text: `(@${a})`, ids: [a] }; },
      // markup inside the brackets
      () => { const a = key(); return { text: `[*see* @${a}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[see *e.g.* @${a}, *passim*]`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a}, **p.** 3]`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a}, \`x\`]`, ids: [a] }; },
      () => { const a = key(); return { text: `[see \`code\` @${a}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[see [the guide](https://example.org/${p}), @${a}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[see [1], @${a}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a}, p. [3]]`, ids: [a] }; },
      () => { const a = key(); const b = key(); return { text: `[*see* @${a}, ${loc()}; _also_ @${b}]`, ids: [a, b] }; },
      () => { const a = key(); return { text: `**[@${a}]**`, ids: [a] }; },
      () => { const a = key(); return { text: `*as @${a} found*`, ids: [a] }; },
      // traps: no citation, or one Pandoc and we read alike
      () => ({ text: pick(['someone@example.org', 'first.last@example.com', 'x@y', 'a.@b']), ids: [] }),
      () => { const a = key(); return { text: `\\@${a}`, ids: [] }; },
      () => { const a = key(); return { text: `\`@${a}\``, ids: [] }; },
      () => { const a = key(); return { text: `\`[@${a}]\``, ids: [] }; },
      () => { const a = key(); return { text: `[\\@${a}]`, ids: [] }; },
      () => ({ text: pick(['[no key here]', '[see p. 3]', '[1]', '[x; y]', '\\[', '\\]']), ids: [] }),
      () => { const a = key(); const b = key(); return { text: `@${a}@${b}`, ids: [a, b] }; },
      () => { const a = key(); return { text: `x-@${a}`, ids: [a] }; },
      () => { const a = key(); return { text: `[see-@${a}]`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a}; \\@x]`, ids: [a] }; },
      () => { const a = key(); return { text: `[@${a};]`, ids: [a] }; },
      // deliberate differences
      () => { const a = key(); return { text: `\\[@${a}]`, ids: [a], difference: 'escaped-bracket' }; },
      () => { const a = key(); return { text: `[text @${a}](https://example.org)`, ids: [a], difference: 'link-text' }; },
      () => { const a = key(); return { text: `[@${a}](https://example.org)`, ids: [a], difference: 'link-text' }; },
      () => { const a = key(); return { text: `@${a}@example.org`, ids: [a, 'example.org'], difference: 'autolink' }; },
      () => { const a = key(); const b = key(); return { text: `[@${a} @${b}]`, ids: [a, b], difference: 'nested' }; },
      () => { const a = key(); const b = key(); return { text: `[see [@${b}] @${a}]`, ids: [a, b], difference: 'nested' }; },
      () => { const a = key(); const b = key(); return { text: `[@${a}, see @${b}]`, ids: [a, b], difference: 'nested' }; },
    ];
    const pieces: Piece[] = [];
    const words: string[] = [pick(['Go', 'See', 'Then', 'Here'])];
    const length = 2 + Math.floor(r() * 6);
    for (let i = 0; i < length; i++) {
      words.push(pick(WORDS));
      if (r() < 0.3) words.push(pick(WORDS));
      const piece = autolinked(pick(forms)());
      pieces.push(piece);
      words.push(piece.text);
    }
    words.push(pick(['end.', 'too.', 'here.', 'x']));
    out.push({ text: words.join(' '), pieces });
  }
  return out;
}
