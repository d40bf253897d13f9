// A problem found in the content: where it is (file:line:column), what is wrong, a hint, and whether it fails the check.
import type { RuleId } from './rules.ts';

export interface Problem {
  /** The rule it breaks (problems/rules.ts): its id is printed with it, and decides its severity. */
  rule: RuleId;
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}
