// Absolute effects per 1,000 from a relative effect and an assumed comparator risk (ACR), as the Cochrane Handbook's
// summary-of-findings chapter (chapter 14 of version 6; 11.5.5 of version 5.1) and GRADEpro compute them:
//   RR: ACR × RR;   OR: OR × ACR / (1 − ACR + OR × ACR);   HR (of the event): 1 − (1 − ACR)^HR.
// The interval comes from applying the same formula to each end of the relative effect's interval. Pure numbers.
import type { Measure } from '../content/schemas.ts';

export type RatioMeasure = Extract<Measure, 'RR' | 'OR' | 'HR'>;
export const isRatio = (m: Measure): m is RatioMeasure => m === 'RR' || m === 'OR' || m === 'HR';

/** The risk with the intervention (a proportion, 0–1) for an assumed comparator risk `acr` (0–1) and a ratio. */
export function interventionRisk(measure: RatioMeasure, ratio: number, acr: number): number {
  if (measure === 'RR') return Math.min(1, acr * ratio);
  if (measure === 'OR') return (ratio * acr) / (1 - acr + ratio * acr);
  return 1 - Math.pow(1 - acr, ratio);
}

/** Rounds as SoF tables show risks per 1,000: to a whole number, halves away from zero (GRADEpro's display). */
export function roundPer1000(x: number): number {
  const r = Math.round(Math.abs(x) + 1e-9);
  return x < 0 ? -r : r;
}

export interface Absolute {
  /** Risk with the intervention per 1,000, and its 95% CI, unrounded. */
  per_1000: number;
  low: number;
  high: number;
}

/** Risk with the intervention per 1,000 (and CI) for a comparator risk per 1,000. Unrounded: round for display only. */
export function absoluteEffect(measure: RatioMeasure, estimate: number, ci: readonly [number, number], per1000: number): Absolute {
  const acr = per1000 / 1000;
  const at = (r: number) => interventionRisk(measure, r, acr) * 1000;
  const a = at(ci[0]);
  const b = at(ci[1]);
  return { per_1000: at(estimate), low: Math.min(a, b), high: Math.max(a, b) };
}

/** The difference per 1,000 with its CI: risk with the intervention minus the comparator's. */
export function differencePer1000(abs: Absolute, per1000: number): Absolute {
  return { per_1000: abs.per_1000 - per1000, low: abs.low - per1000, high: abs.high - per1000 };
}

/** "14 more per 1,000 (1 fewer to 55 more)", from the differences (rounded here). */
export function formatDifference(diff: Absolute): string {
  const word = (x: number) => {
    const r = roundPer1000(x);
    return r === 0 ? '0 fewer' : r > 0 ? `${r} more` : `${-r} fewer`;
  };
  return `${word(diff.per_1000)} per 1,000 (${word(diff.low)} to ${word(diff.high)})`;
}
