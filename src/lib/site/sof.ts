// Which summary-of-findings rows each page shows: a recommendation's come from the claims it rests on; an article's from
// the claims it places, directly or through its recommendations (each claim once, in page order).
import type { SiteModel } from './model.ts';
import { sofRows, type SofRow } from '../sof/table.ts';

export function recommendationSof(model: SiteModel, id: string): SofRow[] {
  return sofRows(model.recommendations.get(id)?.claims ?? [], model.claims);
}

export function articleSof(model: SiteModel, id: string): SofRow[] {
  const claimIds: string[] = [];
  for (const item of model.bodyItems('articles', id)) {
    if (item.kind === 'claim') claimIds.push(item.id);
    else if (item.kind === 'recommendation') claimIds.push(...(model.recommendations.get(item.id)?.claims ?? []));
  }
  return sofRows(claimIds, model.claims);
}
