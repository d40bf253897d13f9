// The real red-flag collection against everyday words: emergency signs in patients' phrasings are caught, ordinary signs pass.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { compileRedFlags, mostUrgentFlag } from '../../../src/lib/triage/red-flags.ts';
import { TIER_RANK } from '../../../src/lib/triage/action-tier.ts';
import type { Tier } from '../../../src/lib/content/schemas.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const flags = compileRedFlags(checkContent(root).data['red-flags']);
const tierOf = (text: string): Tier | undefined => mostUrgentFlag(text, flags)?.flag.flag.tier;

/** Everyday phrasings of signs the guidance sends to 999 or A&E (the words patients and relatives use). */
const EMERGENCY = [
  "I can't control my bladder any more",
  'peeing myself without knowing',
  "I've wet myself",
  "can't hold my poo",
  'numb bum',
  'numbness around my bottom',
  'my legs feel like jelly',
  "suddenly can't walk properly",
  'her face has dropped on one side',
  'one side of his face is drooping',
  "he can't lift both arms",
  'slurring my words',
  'his speech is slurred',
  'the worst headache of my life',
  "suddenly can't see out of one eye",
  "the room is suddenly spinning and I can't walk straight",
  "suddenly can't swallow",
  'a stiff neck and a high temperature',
  'both legs going weak',
  'sudden weakness down one side',
  "I've lost control of my bladder",
  'loss of bowel control',
  'passing urine without knowing',
  'tingling between my legs',
  "can't feel the toilet paper when I wipe",
  'both legs feel weak',
  "can't move my legs",
  'pins and needles in both legs',
  'difficulty walking that came on suddenly',
  'I can no longer walk',
  "suddenly can't speak properly",
  'sudden severe headache',
  'stiff neck with fever and a rash',
  'sudden numbness in my face',
  'chest pain and breathless with a swollen leg',
];
/** Signs the guidance sends to 111 or an urgent GP appointment. */
const URGENT = ['weak arms', 'my legs feel heavy', 'pins and needles down my arm', 'my hands are suddenly clumsy', 'seeing double'];
/** Ordinary neck-pain signs: they must not read as an emergency or an urgent sign. */
const ORDINARY = [
  'Neck pain that lasts more than a few weeks',
  'Stiffness in the morning that eases when you move',
  'Pain that keeps you awake at night',
  'A crick in the neck after sleeping awkwardly',
  'Headaches that keep coming back',
  'Neck pain that makes it hard to turn your head',
  'Aching shoulders after a day at a desk',
  'Tight, knotted muscles in the neck and shoulders',
  'Grinding or clicking when you move your neck',
  'Neck pain that is not better after 2 weeks of looking after yourself',
  'Feeling low or worried because of the pain',
  'Needing to pee more often at night',
  'Mild tingling in the fingers after typing',
  'Neck pain with tingling in one hand',
  'Back pain that spreads to one leg',
  'Aching legs after a long walk',
  'Leg pain when walking that eases when you sit',
  'Tingling in the toes after sitting cross-legged',
  'Muscle cramps in the calf at night',
  'Mild bruising after a massage',
  'A headache after a long day at a screen',
];

describe('the real red flags', () => {
  it('holds a red flag at every tier', () => {
    expect(new Set(flags.map((f) => f.flag.tier))).toEqual(new Set(['emergency', 'urgent', 'soon']));
  });
  for (const text of EMERGENCY) it(`reads "${text}" as an emergency`, () => expect(tierOf(text)).toBe('emergency'));
  for (const text of URGENT) it(`reads "${text}" as at least urgent`, () => expect(TIER_RANK[tierOf(text) ?? 'soon']).toBeGreaterThanOrEqual(TIER_RANK.urgent));
  for (const text of ORDINARY) it(`lets "${text}" stand in soon`, () => expect(tierOf(text) ?? 'soon').toBe('soon'));
});

describe('abbreviations written out in patient text', () => {
  it('accepts the ways patient pages spell one out, and refuses a bare one', async () => {
    const { undefinedAbbreviations } = await import('../../../src/lib/rules/patient/undefined-abbreviation.ts');
    const bare = (t: string) => undefinedAbbreviations(t).map((a) => a.word);
    expect(bare('No hardened ligament in the neck (OPLL). OPLL is rare.')).toEqual([]);
    expect(bare('If you have a blood clot (a DVT), do not have the leg massaged.')).toEqual([]);
    expect(bare('AS is short for ankylosing spondylitis.')).toEqual([]);
    expect(bare('A group of doctors who treat arthritis, the ACR, advise against it.')).toEqual([]);
    expect(bare('See a GP or go to A&E; an MRI is not needed.')).toEqual([]);
    expect(bare('CSUE ST cut NP. SMDp was small. DCM signs?')).toEqual(['CSUE', 'ST', 'NP', 'SMDp', 'DCM']);
  });
});
