// JSON placed inside an HTML <script> element: the one escaping function, so content text can never close the element.

/**
 * JSON.stringify, then `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes. The result parses to the same value,
 * and contains no `</script`, `<!--` or `]]>` whatever the strings held, so it is safe as the text of any <script>.
 */
export function jsonForHtml(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
