// What copying a quote may change and nothing else: Unicode forms, curly quotes, dashes, spaces and line breaks.

/** Text with copying's changes undone: NFKC, one kind of quote mark and of dash, single spaces, no soft hyphens. */
export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quote split at its ellipses ("…", "...", "[…]"): the parts must appear in the record in this order. */
export function quoteParts(quote: string): string[] {
  return normalizeForQuote(quote)
    .split(/\s*\[?\.\.\.\]?\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Record texts normalised once each: a reference quoted by many claims is normalised once per check. */
const normalized = new Map<string, string>();
function normalizedRecord(record: string): string {
  let n = normalized.get(record);
  if (n === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(record, (n = normalizeForQuote(record)));
  }
  return n;
}

/** Whether every part of `quote` appears in `record` (both as written; normalised here), in order. */
export function quoteInText(quote: string, record: string): boolean {
  const hay = normalizedRecord(record);
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = hay.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

const words = (s: string) => new Set(normalizeForQuote(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The sentence of `record` sharing most words with `quote` (for the hint), or undefined when none shares a word. */
export function closestSentence(quote: string, record: string): string | undefined {
  const q = words(quote);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of normalizeForQuote(record).split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)) {
    const w = words(sentence);
    let shared = 0;
    for (const x of q) if (w.has(x)) shared++;
    const score = shared / Math.max(q.size, 1);
    if (shared > 0 && (!best || score > best.score)) best = { sentence, score };
  }
  return best?.sentence;
}
