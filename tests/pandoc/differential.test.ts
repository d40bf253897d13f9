// Differential test against Pandoc: thousands of generated paragraphs, our reading of each compared with Pandoc's
// (readings.json, made by regenerate.ts with Debian's pandoc). Only the README's documented differences may differ.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphs, type Paragraph, type Piece, type Difference } from './paragraphs.ts';
import { SEED, COUNT, type Readings, type ModeLetter } from './readings.ts';
import { parseMdx } from '../../src/lib/mdx/pipeline.ts';
import { citationsInTree } from '../../src/lib/citations/in-tree.ts';
import { citationModes } from '../../src/lib/citations/parse.ts';
import { unreadCitations } from '../../src/lib/citations/unread.ts';

const readings: Readings = JSON.parse(readFileSync(join(import.meta.dirname, 'readings.json'), 'utf8'));
const LETTER = { normal: 'N', 'in-text': 'A', 'suppress-author': 'S' } as const;

function ours(text: string): { cites: Array<[string, ModeLetter]>; refused: boolean } {
  const tree = parseMdx(text);
  const cites = citationsInTree(tree, text).flatMap((c) => citationModes(c).map((m, i): [string, ModeLetter] => [c.keys[i].id, LETTER[m]]));
  return { cites, refused: unreadCitations(tree, text).length > 0 };
}

type Verdict = 'agree' | Difference | 'disagree';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Same reading, or a difference explained by pieces the README documents: outside them both readings must be equal,
 * and where a documented piece is read differently, nested citations and keys GFM turned into addresses must have
 * been refused (never silently read another way).
 */
function judge(p: Paragraph, pandoc: Array<[string, ModeLetter]>, mine: ReturnType<typeof ours>): Verdict {
  if (same(pandoc, mine.cites)) return 'agree';
  // (GFM may autolink part of a key, @müller1@example.org: what is left of it, "mü", belongs to the same piece)
  const owns = (piece: Piece, id: string) => piece.ids.some((d) => d === id || d.startsWith(id));
  const documented = p.pieces.filter((x) => x.difference);
  const outside = (xs: Array<[string, ModeLetter]>) => xs.filter(([id]) => !documented.some((x) => owns(x, id)));
  if (!same(outside(pandoc), outside(mine.cites))) return 'disagree';
  let verdict: Verdict = 'agree';
  for (const piece of documented) {
    const inside = (xs: Array<[string, ModeLetter]>) => xs.filter(([id]) => owns(piece, id));
    if (same(inside(pandoc), inside(mine.cites))) continue;
    if ((piece.difference === 'nested' || piece.difference === 'autolink') && !mine.refused) return 'disagree';
    if (verdict === 'agree') verdict = piece.difference!;
  }
  return verdict;
}

describe(`citation syntax against Pandoc (${readings.pandoc}, ${COUNT} paragraphs)`, () => {
  const list = paragraphs(SEED, COUNT);

  it('reads the paragraphs the readings were made from (regenerate them after changing the generator)', () => {
    expect(readings.seed).toBe(SEED);
    expect(readings.paragraphs).toHaveLength(list.length);
    const stale = list.filter((p, i) => createHash('sha256').update(p.text).digest('hex').slice(0, 16) !== readings.paragraphs[i].sha256);
    expect(stale.map((p) => p.text)).toEqual([]);
  });

  it('agrees with Pandoc on every id and mode, outside the documented differences', () => {
    const tally: Record<string, number> = {};
    const disagreements: string[] = [];
    let refused = 0;
    let keys = 0;
    list.forEach((p, i) => {
      const pandoc = readings.paragraphs[i].cites;
      const mine = ours(p.text);
      const verdict = judge(p, pandoc, mine);
      tally[verdict] = (tally[verdict] ?? 0) + 1;
      if (mine.refused) refused++;
      keys += pandoc.length;
      if (verdict === 'disagree') disagreements.push(`${p.text}\n  pandoc: ${JSON.stringify(pandoc)}\n  ours:   ${JSON.stringify(mine.cites)}`);
    });
    console.log(`pandoc differential: ${list.length} paragraphs, ${keys} keys read by Pandoc; ${JSON.stringify(tally)}; ${refused} paragraphs also refused a bracket`);
    expect(disagreements.slice(0, 20)).toEqual([]);
    // The corpus exercises what it claims to: a third of paragraphs or more agree outright, and each documented difference occurs.
    expect(tally.agree).toBeGreaterThan(list.length / 3);
    for (const d of ['escaped-bracket', 'link-text', 'autolink', 'nested'] as const) expect(tally[d] ?? 0, d).toBeGreaterThan(0);
  });
});
