// The search page's state as URL parameters, and the Pagefind options it means; shared by the page script and its tests.
export interface SearchState {
  q: string;
  types: string[];
  condition: string;
  certainty: string[];
  sort: '' | 'reviewed';
}

export interface PagefindOptions {
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Reads the state from a query string such as "?q=tingling&type=article&certainty=low". */
export function readState(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    types: params.getAll('type').filter(Boolean),
    condition: params.get('condition') ?? '',
    certainty: params.getAll('certainty').filter(Boolean),
    sort: params.get('sort') === 'reviewed' ? 'reviewed' : '',
  };
}

/** The query string for a state, with empty parts left out (so a shared link stays short). */
export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const t of s.types) p.append('type', t);
  if (s.condition) p.set('condition', s.condition);
  for (const c of s.certainty) p.append('certainty', c);
  if (s.sort) p.set('sort', s.sort);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Whether the state asks for anything: a query or at least one filter. */
export function isActive(s: SearchState): boolean {
  return s.q !== '' || s.types.length > 0 || s.condition !== '' || s.certainty.length > 0;
}

/** Pagefind search options: each filter group narrows the results; values within a group are alternatives. */
export function pagefindOptions(s: SearchState): PagefindOptions {
  const filters: NonNullable<PagefindOptions['filters']> = {};
  if (s.types.length) filters.type = { any: s.types };
  if (s.condition) filters.condition = s.condition;
  if (s.certainty.length) filters.certainty = { any: s.certainty };
  return {
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(s.sort === 'reviewed' ? { sort: { reviewed: 'desc' as const } } : {}),
  };
}
