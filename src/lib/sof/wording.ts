// GRADE's informative statements (Santesso et al., J Clin Epidemiol 2020;119:126-35, as the Cochrane Handbook's chapter 14
// takes them up): the certainty sets the verb (high: states it; moderate: "probably"; low: "may"; very low: "the
// evidence is very uncertain"), and an interval that includes no effect is "little or no difference".
import type { Measure, Outcome } from '../content/schemas.ts';
import type { Certainty } from './certainty.ts';
import { isRatio } from './absolute.ts';

/** Whether the 95% CI includes no effect: 1 for a ratio, 0 for a difference. */
export function includesNoEffect(measure: Measure, ci: readonly [number, number]): boolean {
  const none = isRatio(measure) ? 1 : 0;
  return ci[0] <= none && none <= ci[1];
}

/** Whether the estimate is an increase (above 1 for a ratio, above 0 for a difference). */
const increases = (measure: Measure, estimate: number) => (isRatio(measure) ? estimate > 1 : estimate > 0);

/** The intervention of "massage (up to 10 sessions) vs a self-care book": "massage" (a parenthesis is detail for the table). */
export function interventionOf(comparison: string): string {
  return comparison.split(/\s+(?:vs\.?|versus|compared with)\s+/i)[0].replace(/\s*\([^()]*\)/g, '').trim();
}

export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The table's statement: "Massage may make little or no difference to neck disability." */
export function gradeStatement(o: Pick<Outcome, 'measure' | 'estimate' | 'ci' | 'comparison' | 'outcome'>, certainty: Certainty): string {
  const x = interventionOf(o.comparison);
  const y = lowerFirst(o.outcome);
  if (certainty === 'very low') return `The evidence is very uncertain about the effect of ${lowerFirst(x)} on ${y}.`;
  const hedge = certainty === 'high' ? '' : certainty === 'moderate' ? 'probably ' : 'may ';
  if (includesNoEffect(o.measure, o.ci)) {
    const verb = certainty === 'low' ? 'make' : 'makes';
    return `${upperFirst(x)} ${hedge}${verb} little or no difference to ${y}.`;
  }
  const up = increases(o.measure, o.estimate);
  const verb = certainty === 'low' ? (up ? 'increase' : 'reduce') : up ? 'increases' : 'reduces';
  return `${upperFirst(x)} ${hedge}${verb} ${y}.`;
}

/** The patient view's words for the same finding: plain, and as sure as the evidence. */
export function plainStatement(o: Pick<Outcome, 'measure' | 'estimate' | 'ci' | 'comparison' | 'outcome'>, certainty: Certainty): string {
  const x = upperFirst(interventionOf(o.comparison));
  const y = lowerFirst(o.outcome);
  if (certainty === 'very low') return `We do not know whether ${lowerFirst(x)} changes ${y}: the studies are too few or too weak to tell.`;
  const sure = certainty === 'high' ? 'We are sure about this.' : certainty === 'moderate' ? 'We are fairly sure about this.' : 'We are not sure about this.';
  const may = certainty === 'low';
  const hedge = certainty === 'high' ? '' : certainty === 'moderate' ? 'probably ' : 'may ';
  if (includesNoEffect(o.measure, o.ci)) return `${x} ${hedge}${may ? 'make' : 'makes'} little or no difference to ${y}. ${sure}`;
  const up = increases(o.measure, o.estimate);
  return `${x} ${hedge}${up ? (may ? 'raise' : 'raises') : may ? 'lower' : 'lowers'} ${y}. ${sure}`;
}
