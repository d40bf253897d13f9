// RIS text from CSL items: citation-js maps the fields, we write the lines. citation-js's own writer hard-wraps values
// every 70 characters (mid-word, mid-URL: read back, "…and-s troke/"), and a wrap could start a line with "ER  - ".
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';

type RisEntry = Record<string, string | number | Array<string | number>>;

/** One line per tag value; any line break inside a value becomes a space, so a value can never start a tag. */
export function risText(items: object[]): string {
  if (items.length === 0) return '';
  const entries = new Cite(items).format('ris', { format: 'object' }) as unknown as RisEntry[];
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ')}`;
  return entries
    .map((entry) => {
      const lines = [line('TY', entry.TY as string)];
      for (const [tag, value] of Object.entries(entry)) if (tag !== 'TY') for (const v of ([] as Array<string | number>).concat(value)) lines.push(line(tag, v));
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}
