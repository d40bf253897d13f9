// A problem found in the content: where it is (file:line:column), what is wrong, a hint, and whether it fails the check.
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}
