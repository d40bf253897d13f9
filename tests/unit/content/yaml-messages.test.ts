// YAML slips an editor makes, each reported once per line in words that say what to do, the parser's words after.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { VALID } from '../../fixtures/trees.ts';

/** The yaml/syntax problems of the valid fixture article with its frontmatter edited by `edit`. */
function yamlProblems(edit: (source: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'oe-yaml-'));
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  const file = join(root, 'content/articles/fixture-article.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return checkContent(root, { today: '2025-11-25' }).problems.filter((p) => p.rule === 'yaml/syntax');
}

describe('YAML errors in an editor\'s words', () => {
  it('names the over-indented field and the indentation to use', () => {
    const problems = yamlProblems((s) => s.replace('\n  patient: ', '\n   patient: '));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^this line is indented 1 space more than "clinician:" above it \(YAML parser: /);
    expect(problems[0].hint).toBe('fields of one block start in the same column: use 2 spaces, as "clinician:" does (or, if it belongs inside "clinician:", leave that line\'s value empty)');
    expect(problems[0].line).toBe(6);
  });

  it('says to close a quote, once for the line', () => {
    const problems = yamlProblems((s) => s.replace('title: "Fixture article"', 'title: "Fixture article'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].message).toMatch(/^a quoted value is not closed/);
    expect(new Set(problems.map((p) => p.line)).size).toBe(problems.length);
  });

  it('says to quote a value that holds ": "', () => {
    const problems = yamlProblems((s) => s.replace('question: "Does the fixture checker accept a valid tree?"', 'question: Does it: accept a valid tree?'));
    expect(problems).toHaveLength(1);
    expect(problems[0].hint).toBe('put the whole value in double quotes');
  });
});
