// A–Z indexes: entries sorted as readers expect (case and accents ignored) and grouped under their first letter.

/** Sorts the entries by their word and groups them by its first letter, letters in order. */
export function groupByInitial<T>(entries: readonly T[], word: (entry: T) => string): Map<string, T[]> {
  const sorted = [...entries].sort((a, b) => word(a).localeCompare(word(b), 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const e of sorted) {
    const letter = word(e)[0].toUpperCase();
    const list = groups.get(letter);
    if (list) list.push(e);
    else groups.set(letter, [e]);
  }
  return groups;
}
