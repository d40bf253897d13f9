// What a rule module is: its id (whose severity, message and hint the catalogue holds), an explanation, and its check.
import type { ContentTree, RawEntry } from '../content/load-content.ts';
import type { CollectionName } from '../content/schemas.ts';
import type { RuleId } from '../problems/rules.ts';
import type { CompiledRedFlag } from '../triage/red-flags.ts';

/** The validated entries by collection and id (entries whose schema failed are absent). */
export type CheckedData = { [C in CollectionName]: Map<string, unknown> };

export interface RuleFacts {
  tree: ContentTree;
  data: CheckedData;
  /** The red-flag collection, compiled for matching once per check. */
  redFlags: CompiledRedFlag[];
  /** Today, YYYY-MM-DD (the check's clock). */
  today: string;
  /** Reports under a sibling rule id (a module whose check yields two rules, e.g. an error and its warning). */
  reportAs?: (rule: RuleId, entry: RawEntry, offset: number, message: string, hint?: string) => void;
}

/** Each validated entry of a collection: its id, its data (typed by the caller) and its file, as rules walk them. */
export function* entriesOf<T>(facts: Pick<RuleFacts, 'data' | 'tree'>, collection: CollectionName): Generator<[string, T, RawEntry]> {
  for (const [id, raw] of facts.data[collection]) yield [id, raw as T, facts.tree.byCollection[collection].get(id)!];
}

/** Reports one problem of this rule at an offset of an entry's source. */
export type Report = (entry: RawEntry, offset: number, message: string, hint?: string) => void;

export interface RuleModule {
  id: RuleId;
  /** One paragraph for editors: what the rule protects and how to satisfy it. */
  explanation: string;
  check(facts: RuleFacts, report: Report): void;
}
