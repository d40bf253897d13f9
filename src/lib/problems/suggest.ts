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
  // Ids are ASCII slugs: a key with other letters (or a look-alike from another script) is named as such.
  const slug = input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const near = didYouMean(slug !== input ? slug : input, candidates) ?? didYouMean(input, candidates);
  if (/[^\x00-\x7f]/.test(input)) return `ids are lower-case ASCII letters, digits and hyphens; ${near ? `did you mean "${near}"?` : `write it as "${slug}"`}`;
  return near
    ? `did you mean "${near}"?`
    : `no entry is close; create content/${folder}/${input}${folder === 'references' || folder === 'symptoms' ? '.yaml' : '.mdx'} or fix the id`;
}
