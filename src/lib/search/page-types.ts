// The kinds of page the search knows, with the one name each has in results and the filter (shared by page and browser).

export const PAGE_TYPES = ['article', 'recommendation', 'claim', 'reference', 'symptom', 'condition'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** What one page of a type is called on a result, and what the type is called in the filter. */
export const PAGE_TYPE_LABELS: Record<PageType, { one: string; many: string }> = {
  article: { one: 'Question', many: 'Questions (articles)' },
  recommendation: { one: 'Recommendation', many: 'Recommendations' },
  claim: { one: 'Evidence claim', many: 'Evidence claims' },
  reference: { one: 'Source', many: 'Sources' },
  symptom: { one: 'Symptom', many: 'Symptoms' },
  condition: { one: 'Condition', many: 'Conditions' },
};
