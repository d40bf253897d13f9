// patient/undefined-abbreviation: patient text spells out an acronym it uses, or it is one of the everyday ones.
import { TIERS, type Article, type Symptom } from '../../content/schemas.ts';
import { locatePath, type RawEntry } from '../../content/load-content.ts';
import { entriesOf, type Report, type RuleModule } from '../rule.ts';

/** Abbreviations patients in the UK read every day (NHS pages use them unexplained). */
export const EVERYDAY_ABBREVIATIONS = new Set(['GP', 'GPs', 'MRI', 'MRIs', 'CT', 'A&E', 'NHS', 'UK', 'US', 'USA', 'OK', 'TV', 'ECG', 'HIV', 'DNA', 'X-ray', 'X-rays']);
/** A word with two or more capitals: "NP", "RCTs", "SMDp", "DCM", "A&E". */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}&]*\p{Lu}[\p{L}]*(?![\p{L}\p{N}])/gu;

/** The acronyms of `text` that are neither everyday nor written out in it ("a hardened ligament (OPLL)", "OPLL (a …)"). */
export function undefinedAbbreviations(text: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    const word = m[0];
    if (EVERYDAY_ABBREVIATIONS.has(word) || seen.has(word)) continue;
    seen.add(word);
    const escaped = word.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
    // Written out: "a hardened ligament (OPLL)", "OPLL (a hardened ligament)", "AS is short for …", "doctors …, the ACR,".
    const defined = new RegExp(
      `\\p{L}{3,}[^()]*\\((?:an? |the )?${escaped}\\)|${escaped}\\s*\\([^)]*\\p{Ll}{3,}[^)]*\\)|${escaped} (?:is short for|stands for|means|is the name for) \\p{Ll}{3,}|\\p{Ll}{3,}, (?:the )?${escaped}[,.;]`,
      'u',
    ).test(text);
    if (!defined) out.push({ word, index: m.index });
  }
  return out;
}

function checkText(entry: RawEntry, path: (string | number)[], text: string, report: Report) {
  const start = locatePath(entry, path);
  for (const a of undefinedAbbreviations(text)) {
    const at = entry.source.indexOf(a.word, start);
    report(entry, at === -1 ? start : at, `"${a.word}" is not written out for patients`, `say it in words, with the abbreviation after it in brackets the first time ("a hardened ligament in the neck (OPLL)"); everyday ones need nothing: ${[...EVERYDAY_ABBREVIATIONS].slice(0, 7).join(', ')}`);
  }
}

export const undefinedAbbreviation: RuleModule = {
  id: 'patient/undefined-abbreviation',
  explanation:
    'A patient cannot look up "NP", "SMDp" or "DCM". Patient bottom lines, get-help items and symptoms\' red flags write each abbreviation out the first time, with the abbreviation in brackets, unless it is one patients read every day (GP, MRI, A&E, NHS…).',
  check(facts, report) {
    for (const [, a, entry] of entriesOf<Article>(facts, 'articles')) {
      checkText(entry, ['bottom_line', 'patient'], a.bottom_line.patient, report);
      for (const tier of TIERS) a.get_help[tier].forEach((item, i) => checkText(entry, ['get_help', tier, i], item, report));
    }
    for (const [, s, entry] of entriesOf<Symptom>(facts, 'symptoms')) {
      for (const tier of TIERS) s.red_flags[tier].forEach((item, i) => checkText(entry, ['red_flags', tier, i], item, report));
    }
  },
};
