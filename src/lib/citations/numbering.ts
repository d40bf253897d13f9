// Per-article citation numbers: in order of first use, counting citations reached through claims and recommendations.

/** One thing in an article body, in document order, that can bring sources with it. */
export type CitingItem =
  | { kind: 'cite'; ids: string[] }
  | { kind: 'claim'; id: string }
  | { kind: 'recommendation'; id: string };

export interface SourceLookup {
  /** Reference ids a claim cites, in the order of its `sources:`. */
  claimRefs(id: string): readonly string[] | undefined;
  /** A recommendation's guideline reference (if any) and the claims it rests on. */
  recommendation(id: string): { guideline?: string; claims: readonly string[] } | undefined;
}

/** The reference ids an item brings, in the order a reader meets them. */
export function refsOfItem(item: CitingItem, lookup: SourceLookup): string[] {
  if (item.kind === 'cite') return item.ids;
  if (item.kind === 'claim') return [...(lookup.claimRefs(item.id) ?? [])];
  const rec = lookup.recommendation(item.id);
  if (!rec) return [];
  const out: string[] = rec.guideline ? [rec.guideline] : [];
  for (const claim of rec.claims) out.push(...(lookup.claimRefs(claim) ?? []));
  return out;
}

/**
 * Splits the refs a recommendation brought (in refsOfItem order) back into its guideline's and each claim's,
 * so a renderer never has to know that order itself.
 */
export function splitRecommendationRefs<T>(id: string, refs: readonly T[], lookup: SourceLookup): { guideline?: T; claims: Array<{ id: string; refs: T[] }> } {
  const rec = lookup.recommendation(id);
  if (!rec) return { claims: [] };
  let k = 0;
  const guideline = rec.guideline ? refs[k++] : undefined;
  const claims = rec.claims.map((claim) => {
    const n = lookup.claimRefs(claim)?.length ?? 0;
    const slice = refs.slice(k, k + n);
    k += n;
    return { id: claim, refs: slice };
  });
  return { guideline, claims };
}

/**
 * Numbers references 1, 2, 3… in order of first use. Unknown ids are numbered too (the checker
 * refuses them before anything renders), so numbering never depends on the checker having run.
 */
export function numberCitations(items: readonly CitingItem[], lookup: SourceLookup): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const item of items) {
    for (const id of refsOfItem(item, lookup)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** The reference list of an article: ids in number order. */
export function referenceList(numbers: Map<string, number>): string[] {
  return [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
