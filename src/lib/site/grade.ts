// GRADE vocabulary shown to readers: certainty symbols and what each strength and certainty means.
import type { Recommendation } from '../content/schemas.ts';

export const CERTAINTY_SYMBOLS: Record<Recommendation['certainty'], string> = {
  high: '⊕⊕⊕⊕',
  moderate: '⊕⊕⊕◯',
  low: '⊕⊕◯◯',
  'very low': '⊕◯◯◯',
};

export const CERTAINTY_MEANING: Record<Recommendation['certainty'], string> = {
  high: 'We are very confident that the true effect lies close to the estimate.',
  moderate: 'We are moderately confident: the true effect is likely close to the estimate, but may be substantially different.',
  low: 'Our confidence is limited: the true effect may be substantially different from the estimate.',
  'very low': 'We have very little confidence: the true effect is likely to be substantially different from the estimate.',
};

export const STRENGTH_MEANING: Record<Recommendation['strength'], string> = {
  strong: 'Strong ("we recommend"): most informed people would choose this course; it can be adopted as policy in most situations.',
  conditional: 'Conditional ("we suggest"): the right choice differs between people; decide together with the patient, weighing their values and circumstances.',
};

export function directionLabel(rec: Pick<Recommendation, 'direction' | 'strength'>): string {
  return `${rec.strength === 'strong' ? 'Strong' : 'Conditional'} recommendation ${rec.direction}`;
}
