// Finds the sentences of patient-facing text above the target reading age, with retext-readability (unified).
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';

/**
 * Target reading age: 11, the top of the NHS range (NHS content aims at a reading age of 9 to 11). A sentence is
 * flagged when at least 4 of retext-readability's 7 formulas put it above this age (the library's default agreement).
 */
export const READING_AGE = 11;

const processor = unified().use(retextEnglish).use(retextReadability, { age: READING_AGE }).freeze();

interface HardSentence {
  /** The sentence as written. */
  text: string;
  /** Offset of the sentence in the text checked. */
  index: number;
  /** How many formulas agree, e.g. "5 out of 7 algorithms". */
  detail: string;
}

export function hardSentences(text: string): HardSentence[] {
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    const index = start ?? 0;
    return { text: text.slice(index, end ?? text.length), index, detail: /according to (.+)$/.exec(m.reason)?.[1] ?? m.reason };
  });
}
