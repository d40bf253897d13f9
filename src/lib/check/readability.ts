// Finds the sentences of patient-facing text above the target reading age, with retext-readability (unified).
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { syllable } from 'syllable';
import { VFile } from 'vfile';

/** Target reading age: 11, the top of the NHS range (NHS content aims at a reading age of 9 to 11). */
export const READING_AGE = 11;

/**
 * How many of retext-readability's 7 formulas must put a sentence above READING_AGE: 6. The formulas were made for
 * passages, and one sentence moves them a lot. Measured on 2026-12-03 (CONTRIBUTING, "Patient text patients can
 * read"): at the library's default of 4, it flagged 23 of 35 sentences of an NHS patient page; at 6, 5 of them,
 * while still flagging 119 of 142 sentences of our clinician text and source quotes.
 */
export const AGREEMENT = 6;

/** A reading age and how many of the 7 formulas must agree: the check's own, or another to compare it with. */
export interface ReadabilitySetting {
  age: number;
  agreement: number;
}

const CHECK_SETTING: ReadabilitySetting = { age: READING_AGE, agreement: AGREEMENT };

/** One frozen processor per setting, made on first use. */
const processors = new Map<string, ReturnType<typeof makeProcessor>>();
const makeProcessor = ({ age, agreement }: ReadabilitySetting) =>
  unified().use(retextEnglish).use(retextReadability, { age, threshold: agreement / 7 }).freeze();
function processorFor(setting: ReadabilitySetting) {
  const key = `${setting.age}/${setting.agreement}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = makeProcessor(setting)));
  return processor;
}

interface HardSentence {
  /** The sentence as written. */
  text: string;
  /** Offset of the sentence in the text checked. */
  index: number;
  /** How many formulas agree, e.g. "6 out of 7". */
  agreement: string;
  /** The sentence's words of three or more syllables, the usual reason a sentence scores high. */
  longWords: string[];
}

/** The sentences of `text` that at least AGREEMENT of the 7 formulas put above READING_AGE (or per `setting`). */
export function hardSentences(text: string, setting: ReadabilitySetting = CHECK_SETTING): HardSentence[] {
  const processor = processorFor(setting);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
    const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
    const index = start ?? 0;
    const sentence = text.slice(index, end ?? text.length);
    const agreement = /according to (?:(\d+) out of |all )(\d+) algorithms/.exec(m.reason);
    const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
    return {
      text: sentence,
      index,
      agreement: agreement ? `${agreement[1] ?? agreement[2]} out of ${agreement[2]}` : m.reason,
      longWords: [...new Set(words.filter((w) => syllable(w) >= 3).map((w) => w.toLowerCase()))],
    };
  });
}
