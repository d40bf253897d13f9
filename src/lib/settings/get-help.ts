// The one site setting for what each get-help tier tells a reader to do: change it here to say 112 or 911 instead of 999.
import type { Tier } from '../content/schemas.ts';

export interface TierWording {
  /** The heading over the tier's signs on every page. */
  heading: string;
  /** The action in a few words, for messages and links ("call 999 or go to A&E now"). */
  action: string;
  /** For clinicians: the referral this tier corresponds to (NICE NG127's terms, read on its "Terms used" page). */
  referral: string;
}

export const GET_HELP: Record<Tier, TierWording> = {
  emergency: {
    heading: 'Call 999 or go to A&E now if',
    action: 'call 999 or go to A&E now',
    referral: 'Emergency assessment; NICE NG127 "refer immediately": to be seen by the specialist service within a few hours, or even more quickly if necessary.',
  },
  urgent: {
    heading: 'Get medical help today (an urgent GP appointment or NHS 111) if',
    action: 'get medical help today (an urgent GP appointment or NHS 111)',
    referral: 'Same-day assessment in primary care or by NHS 111.',
  },
  soon: {
    heading: 'See a GP, or ask for a referral, if',
    action: 'see a GP, or ask for a referral',
    referral: 'Routine or, where the sign says so, urgent referral; NICE NG127 "refer urgently": to be seen by the specialist service within 2 weeks.',
  },
};
