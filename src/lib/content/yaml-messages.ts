// A YAML parser error said in an editor's words: what is wrong on the line and how to fix it, the parser's text after.

export interface YamlErrorLike {
  code: string;
  message: string;
  /** Offsets into the YAML text. */
  pos: [number, number];
}

const KEY_LINE = /^(\s*)(?:-\s+)?([\w-]+):(?:\s|$)/;

function lineAt(text: string, offset: number): { start: number; line: string; indent: number } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end === -1 ? undefined : end);
  return { start, line, indent: /^ */.exec(line)![0].length };
}

/** The nearest key line above `start` ("  clinician: …"), skipping blank and comment lines. */
function keyAbove(text: string, start: number): { key: string; indent: number } | undefined {
  let end = start - 1;
  while (end > 0) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(s, end);
    end = s - 1;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = KEY_LINE.exec(line);
    return m ? { key: m[2], indent: m[1].length + (line.trimStart().startsWith('- ') ? 2 : 0) } : undefined;
  }
  return undefined;
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** The editor's message and hint for one parser error (the parser's own words appended to the message). */
export function explainYamlError(err: YamlErrorLike, yamlText: string): { message: string; hint: string } {
  const parser = err.message.split('\n')[0];
  const { start, line, indent } = lineAt(yamlText, err.pos[0]);
  const above = keyAbove(yamlText, start);
  const say = (message: string, hint: string) => ({ message: `${message} (YAML parser: ${parser})`, hint });
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return say('this line is indented with a tab; YAML needs spaces', 'replace the tab with spaces: 2 per level');
    case 'DUPLICATE_KEY':
      return say('this field is written twice in the same block', 'keep one of the two lines (the check reads neither while both are there)');
    case 'BAD_DQ_ESCAPE':
      return say('a backslash inside "double quotes" starts an escape YAML does not know', 'write \\\\ for a backslash, or put the value in single quotes');
    case 'MISSING_CHAR':
      if (/quote/i.test(parser)) return say('a quoted value is not closed', 'add the closing " at the end of the value (a " inside the value is written \\")');
      return say('a list or map opened with [ or { is not closed', 'add the closing ] or } on the same line, or write the list one "- item" per line');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      if (above && indent !== above.indent && KEY_LINE.test(line)) {
        const more = indent > above.indent;
        return say(
          `this line is indented ${spaces(Math.abs(indent - above.indent))} ${more ? 'more' : 'less'} than "${above.key}:" above it`,
          `fields of one block start in the same column: use ${spaces(above.indent)}, as "${above.key}:" does (or, if it belongs inside "${above.key}:", leave that line's value empty)`,
        );
      }
      if (/:\s+\S.*:\s/.test(line)) return say('a value holds ": ", which YAML reads as a second field', 'put the whole value in double quotes');
      return say('YAML cannot tell which block this line belongs to', 'fields of one block start in the same column; indent a nested field 2 spaces more than its parent');
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
    case 'BLOCK_IN_FLOW':
      return say('a value starts with, or holds, a character YAML reserves (: - [ { # & * ! | > @ `)', 'put the whole value in double quotes');
    default:
      return say('YAML cannot read this line', 'check indentation (2 spaces per level), colons after field names, and quotes around values');
  }
}
