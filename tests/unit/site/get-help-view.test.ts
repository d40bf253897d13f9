// The get-help box: tiers most urgent first, headings from the one site setting, each sign linked to the red flag it names.
import { describe, it, expect } from 'vitest';
import { getHelpView, redFlagTiers } from '../../../src/lib/site/get-help-view.ts';
import { GET_HELP } from '../../../src/lib/settings/get-help.ts';
import type { RedFlag } from '../../../src/lib/content/schemas.ts';

const flag = (tier: RedFlag['tier'], name: string, lay: string[]): RedFlag => ({ name, synonyms: [], lay, tier, symptoms: [], conditions: [], sources: [{ ref: 'x', quote: 'q' }] });
const flags = new Map<string, RedFlag>([
  ['bladder', flag('emergency', 'New loss of bladder control', ["can't control my pee"])],
  ['arm', flag('urgent', 'Weakness in an arm', ['weak arm'])],
]);

describe('getHelpView', () => {
  it('shows non-empty tiers, most urgent first, each with the heading the setting gives', () => {
    const view = getHelpView({ emergency: ['I cannot control when I pee'], urgent: [], soon: ['Neck pain for weeks'] }, flags);
    expect(view.map((t) => [t.tier, t.heading])).toEqual([
      ['emergency', GET_HELP.emergency.heading],
      ['soon', GET_HELP.soon.heading],
    ]);
    expect(GET_HELP.emergency.heading).toMatch(/999/);
  });

  it('links a sign to the red flag it names, and an ordinary sign to none', () => {
    const [emergency, soon] = getHelpView({ emergency: ['I cannot control when I pee'], urgent: [], soon: ['Neck pain for weeks'] }, flags);
    expect(emergency.items[0].redFlag).toEqual({ id: 'bladder', name: 'New loss of bladder control' });
    expect(soon.items[0].redFlag).toBeUndefined();
  });

  it('sorts red-flag entries into their own tiers for symptom and condition pages', () => {
    expect(redFlagTiers(['arm', 'bladder', 'missing'], flags)).toEqual({ emergency: ['New loss of bladder control'], urgent: ['Weakness in an arm'], soon: [] });
  });
});
