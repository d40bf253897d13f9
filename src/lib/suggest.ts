// "Did you mean": the nearest known id or word by edit distance, for hints in error messages.
import { distance } from 'fastest-levenshtein';

/** Returns the closest candidate if it is near enough to be a plausible typo, else undefined. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(needle.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** The usual hint sentence for an unknown id. */
export function unknownIdHint(input: string, candidates: Iterable<string>, folder: string): string {
  const near = didYouMean(input, candidates);
  return near
    ? `did you mean "${near}"?`
    : `no entry is close; create content/${folder}/${input}${folder === 'references' || folder === 'symptoms' ? '.yaml' : '.mdx'} or fix the id`;
}
