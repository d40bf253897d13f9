// audience/patient-omits-exclusion: the patient line names every group the clinician line or placed recommendations exclude.
import type { Article, Condition, Recommendation } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import { compilePhrases, findSign, type CompiledPhrase } from '../../triage/match-sign.ts';
import { tokens } from '../../triage/words.ts';
import { entriesOf, type RuleModule } from '../rule.ts';

/** Words after which a condition is excluded ("without myelopathy", "unless known OPLL"). */
const EXCLUDING = /\b(?:without|except(?: in| for)?|unless|excluding|other than|not in|not for|but not|avoid(?:ing)? in)\b/gi;

/** The conditions a clinician line excludes: named within a few words after an excluding word. */
export function excludedIn(text: string, conditions: ReadonlyArray<[string, CompiledPhrase[]]>): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(EXCLUDING)) {
    // The excluded list runs to the end of the clause: "without myelopathy or known OPLL, …".
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/[,;:.]/);
    const clause = end === -1 ? rest : rest.slice(0, end);
    for (const [id, phrases] of conditions) if (findSign(clause, phrases)) out.add(id);
  }
  return [...out];
}

export const patientOmitsExclusion: RuleModule = {
  id: 'audience/patient-omits-exclusion',
  explanation:
    'A patient reads only the patient line. If the clinician line says a treatment is not for people with a condition ("without myelopathy or known OPLL"), or a recommendation the article places lists it under excludes:, the patient line must name that condition too, in its name or any of its lay words, so a patient it excludes is never invited in.',
  check(facts, report) {
    const { data } = facts;
    const conditions = [...(data.conditions as Map<string, Condition>)].map(
      ([id, c]) => [id, [c.name, ...c.synonyms, ...c.lay].flatMap(compilePhrases)] as [string, CompiledPhrase[]],
    );
    const recs = data.recommendations as Map<string, Recommendation>;
    for (const [, a, entry] of entriesOf<Article>(facts, 'articles')) {
      const why = new Map<string, string>();
      for (const c of excludedIn(a.bottom_line.clinician, conditions)) why.set(c, 'the clinician line');
      for (const { item } of entry.mdx?.items ?? []) {
        if (item.kind !== 'recommendation') continue;
        for (const c of recs.get(item.id)?.excludes ?? []) if (!why.has(c)) why.set(c, `recommendation "${item.id}"`);
      }
      const patient = tokens(a.bottom_line.patient);
      for (const [c, source] of why) {
        const phrases = conditions.find(([cid]) => cid === c)?.[1] ?? [];
        if (phrases.length === 0 || findSign(patient, phrases)) continue;
        const cond = (data.conditions as Map<string, Condition>).get(c)!;
        report(
          entry,
          locatePath(entry, ['bottom_line', 'patient']),
          `the patient line does not mention "${cond.name}", which ${source} excludes`,
          `say who this is not for in everyday words (${[...cond.lay, cond.name].slice(0, 3).map((w) => `"${w}"`).join(', ')}), or add the words patients use to content/conditions/${c}.mdx lay:`,
        );
      }
    }
  },
};
