// One search as the reader experiences it: all meaningful words first, then pages with some of them, over any Pagefind-like engine.
import { contentWords, mergeRankings } from './partial-match.ts';
import type { PagefindOptions } from './query.ts';

export interface EngineResult {
  id: string;
  score: number;
}
export interface Engine<R extends EngineResult> {
  search(q: string | null, options?: PagefindOptions): Promise<{ results: R[] } | null>;
}

interface RunResult<R> {
  /** Pages with every meaningful word, then (when those are fewer than `enough`) pages with some of them. */
  results: R[];
  /** How many of `results` contain every meaningful word. */
  complete: number;
}

/**
 * Searches for the query's meaningful words (Pagefind returns only pages holding every word, so "my" or "about"
 * would otherwise hide good pages); when fewer than `enough` pages have them all, adds pages that have some.
 */
export async function runSearch<R extends EngineResult>(engine: Engine<R>, q: string, options: PagefindOptions, enough = 5): Promise<RunResult<R>> {
  const words = contentWords(q);
  const text = q.trim();
  if (!text) {
    const all = await engine.search(null, options);
    const results = all?.results ?? [];
    return { results, complete: results.length };
  }
  const primary = (await engine.search(words.length ? words.join(' ') : text, options))?.results ?? [];
  if (primary.length >= enough || words.length < 2) return { results: primary, complete: primary.length };
  const perWord = await Promise.all(words.map((w) => engine.search(w, options)));
  const have = new Set(primary.map((r) => r.id));
  const extra = mergeRankings(perWord.map((r) => (r?.results ?? []).map((item) => ({ id: item.id, score: item.score, item }))))
    .filter((m) => !have.has(m.id))
    .map((m) => m.item);
  return { results: [...primary, ...extra], complete: primary.length };
}
