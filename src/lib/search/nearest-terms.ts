// "Did you mean" for a search with no results: the symptom and condition names nearest to what the reader typed.
import { distance } from 'fastest-levenshtein';

export interface Term {
  /** The word or phrase as a reader would type it ("pins and needles"). */
  label: string;
  /** The page it leads to. */
  href: string;
  /** The clinical name of that page ("Paresthesia"), shown beside a lay label. */
  name: string;
}

/** Lower-case, accents folded, punctuation turned into single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Edit distance from the query to a term, or to the closest single word of a multi-word term. */
function termDistance(query: string, label: string): number {
  let best = distance(query, label);
  if (!query.includes(' ')) {
    for (const word of label.split(' ')) if (word.length >= 4) best = Math.min(best, distance(query, word) + 1);
  }
  return best;
}

/**
 * Up to `limit` terms near the query, nearest first, at most one per page; a term counts as near when
 * fewer than about a third of its characters differ, so "tingeling" finds "tingling" but "xyz" finds nothing.
 */
export function nearestTerms(query: string, terms: readonly Term[], limit = 3): Term[] {
  const q = normalise(query);
  if (q.length < 3 || limit <= 0) return [];
  const scored = terms
    .map((t) => {
      const label = normalise(t.label);
      return { t, label, d: termDistance(q, label) };
    })
    .filter(({ label, d }) => d <= Math.max(2, Math.floor(Math.min(q.length, label.length) / 3)))
    .sort((a, b) => a.d - b.d || a.t.label.localeCompare(b.t.label));
  return onePerPage(scored.map((s) => s.t), limit);
}

/**
 * Symptom and condition names the query contains word for word ("pins and needles in my hands" holds
 * "pins and needles"), longest first, one per page: the page such a name belongs to is the best first answer.
 * Names shorter than four letters ("CD") count only when they are the whole query.
 */
export function termsInQuery(query: string, terms: readonly Term[], limit = 2): Term[] {
  const q = ` ${normalise(query)} `;
  if (q.trim() === '' || limit <= 0) return [];
  const hits = terms
    .map((t) => ({ t, label: normalise(t.label) }))
    .filter(({ label }) => label !== '' && (label.replace(/ /g, '').length >= 4 ? q.includes(` ${label} `) : q.trim() === label))
    .sort((a, b) => b.label.length - a.label.length || a.t.label.localeCompare(b.t.label));
  return onePerPage(hits.map((h) => h.t), limit);
}

/** The first `limit` terms in order, skipping any whose page an earlier term already leads to. */
function onePerPage(ranked: readonly Term[], limit: number): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const t of ranked) {
    if (out.length === limit) break;
    if (seen.has(t.href)) continue;
    seen.add(t.href);
    out.push(t);
  }
  return out;
}
