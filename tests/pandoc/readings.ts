// The seed and size of the Pandoc differential corpus, and the shape of readings.json (Pandoc's committed readings).
import type { PandocMode } from './pandoc-json.ts';

export const SEED = 20261203;
export const COUNT = 2500;

export interface Readings {
  /** `pandoc --version`'s first line when the readings were made. */
  pandoc: string;
  seed: number;
  count: number;
  /** Per paragraph: a hash of its text (so a changed generator is caught) and Pandoc's citations in order. */
  paragraphs: Array<{ sha256: string; cites: Array<[string, ModeLetter]> }>;
}

/** Pandoc's citation modes, one letter each in the committed file. */
export const MODE_LETTER = { NormalCitation: 'N', AuthorInText: 'A', SuppressAuthor: 'S' } as const satisfies Record<PandocMode, string>;
export type ModeLetter = (typeof MODE_LETTER)[PandocMode];
