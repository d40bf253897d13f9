// GitHub annotations escaped as GitHub documents, changed files first, a summary table that is never markup, and JSON
// that validates against its committed schema.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Problem } from '../../../src/lib/problems/problem.ts';
import { RULE_IDS } from '../../../src/lib/problems/rules.ts';
import { annotation, changedFirst, escapeData, escapeProperty, jsonReport, summaryTable } from '../../../src/lib/problems/report-formats.ts';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { fixtureTrees, materialize } from '../../fixtures/trees.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schemas', 'problems.schema.json'), 'utf8'));
const p = (over: Partial<Problem>): Problem => ({ rule: 'citation/unknown-reference', file: 'content/a.mdx', line: 3, column: 7, message: 'm', severity: 'error', ...over });

describe('GitHub annotations', () => {
  it('escapes data (%, CR, LF) and properties (also ":" and ",") as GitHub documents', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('writes ::error/::warning with file, line, col and the rule as title, message and hint as data', () => {
    expect(annotation(p({ message: 'unknown reference id "@x"', hint: 'did you mean "y"?' }))).toBe('::error file=content/a.mdx,line=3,col=7,title=citation/unknown-reference::unknown reference id "@x"%0Ahint: did you mean "y"?');
    expect(annotation(p({ severity: 'warning', rule: 'review/overdue', file: 'content/x,y:z.mdx' }))).toBe('::warning file=content/x%2Cy%3Az.mdx,line=3,col=7,title=review/overdue::m');
  });
  it('keeps a message from ending the command early or starting another one', () => {
    const line = annotation(p({ message: 'x\n::error file=evil::injected', hint: '%0A' }));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('x%0A::error file=evil::injected%0Ahint: %250A');
  });
  it('puts problems in changed files first, keeping order within each group', () => {
    const list = [p({ file: 'content/a.mdx', line: 1 }), p({ file: 'content/b.mdx', line: 1 }), p({ file: 'content/a.mdx', line: 2 }), p({ file: 'content/b.mdx', line: 2 })];
    expect(changedFirst(list, new Set(['content/b.mdx'])).map((x) => `${x.file}:${x.line}`)).toEqual(['content/b.mdx:1', 'content/b.mdx:2', 'content/a.mdx:1', 'content/a.mdx:2']);
  });
});

describe('the job summary table', () => {
  it('lists every problem, with content quoted in messages escaped (pipes, markup, newlines)', () => {
    const table = summaryTable([p({ message: 'bad | <script>alert(1)</script> `x`\nmore', hint: 'h' })], '✗ 1 error');
    const rows = table.split('\n').filter((l) => l.startsWith('| error'));
    expect(rows).toHaveLength(1);
    expect(rows[0].split(/(?<!\\)\|/)).toHaveLength(7);
    expect(table).not.toMatch(/<script|`x`/);
  });
});

describe('the JSON report', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  it('validates against schemas/problems.schema.json for every broken and warning fixture tree', () => {
    for (const t of [...fixtureTrees('broken'), ...fixtureTrees('warnings')]) {
      const { problems, entries } = checkContent(materialize(t.dir), { today: '2025-11-25' });
      const report = JSON.parse(jsonReport(problems, entries));
      expect(validate(report), `${t.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(report.problems.map((x: { rule: string }) => x.rule)).toContain(t.rule);
    }
  });
  it('has a schema that knows every rule id, and refuses what is not a report', () => {
    expect(schema.properties.problems.items.properties.rule.enum).toEqual(RULE_IDS);
    expect(validate({ version: 1, entries: 1, errors: 0, warnings: 0, problems: [{ rule: 'no/such-rule', severity: 'error', file: 'content/a', line: 1, column: 1, message: 'm' }] })).toBe(false);
  });
});
