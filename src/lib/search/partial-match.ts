// When no page has every word of a query, rank the pages that have some of them: most words matched first, then score.

/** Words too common to search on their own ("my", "after", "the"...). */
const STOP_WORDS = new Set(
  'a an and are as at be been but by can cant could did do does doing for from had has have how i im if in into is it its me my of on or our should so than that the their them then there these they this to too was we were what when where which while who why will with would you your after before about again am feel feels get got keep really very any anymore more much up dont doesnt cant wont'.split(' '),
);

/** The words of a query worth searching for one at a time, in order, without repeats. */
export function contentWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

interface Scored<T> {
  id: string;
  score: number;
  item: T;
}

/** Merges one result list per word: pages matching more of the words come first, then by summed score. */
export function mergeRankings<T>(lists: ReadonlyArray<ReadonlyArray<Scored<T>>>): Array<Scored<T> & { words: number }> {
  const merged = new Map<string, Scored<T> & { words: number }>();
  for (const list of lists) {
    for (const r of list) {
      const seen = merged.get(r.id);
      if (seen) {
        seen.score += r.score;
        seen.words += 1;
      } else merged.set(r.id, { ...r, words: 1 });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score || a.id.localeCompare(b.id));
}
