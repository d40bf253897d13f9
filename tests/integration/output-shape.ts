// The shape of an output file with its text left out: tags and attribute names (HTML, XML), keys (JSON), tags (RIS).
// Two builds whose content differs only in text must give files of the same shape; extra markup shows as a difference.

/** Tags with their attribute names, in order; attribute values and text are dropped. */
function markupShape(text: string): string {
  const out: string[] = [];
  const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  for (const m of text.matchAll(TAG)) {
    const attrs = [...m[3].replace(/\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+)/g, '').matchAll(/\s([^\s=>/"']+)/g)].map((a) => a[1]);
    out.push(`<${m[1]}${m[2]}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
  }
  // Anything that still looks like the start of a tag but was not read as one (e.g. "<script" cut short) counts too.
  out.push(`#lt=${(text.replace(TAG, '').match(/</g) ?? []).length}`);
  return out.join('');
}

function jsonShape(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonShape).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}:${jsonShape(v)}`).join(',')}}`;
  return typeof value;
}

/**
 * Markdown's own inline output (a body may hold `[text](url)`, `*em*`, `` `code` ``): a payload in a body may become
 * these, legitimately; they are left out of the comparison, and every link target is checked on its own (linkTargets).
 */
const MARKDOWN_INLINE = /<\/?(?:a href|a|em|strong|code|del)>/g;

/**
 * A get-help item's "why" link (src/components/GetHelp.astro) follows what its words name, as the red-flag matcher reads
 * them: a payload may name a red flag where the clean twin's words do not. The link and its hidden label are left out of
 * the comparison; its target is checked with every other (linkTargets).
 */
const FLAG_LINK = /<a class href><span class><\/span>/g;

/** Every href and src in a page (decoded as the browser reads the attribute), for checking their schemes. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action|formaction|xlink:href)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

/** Pages whose structure follows the text (an A–Z groups names by initial): compared as the set of their tag shapes. */
const GROUPED_BY_TEXT = /^\/(symptoms|search)\/index\.html$/;

export function outputShape(path: string, text: string): string {
  if (path.endsWith('.json')) return jsonShape(JSON.parse(text));
  if (GROUPED_BY_TEXT.test(path)) return [...new Set(markupShape(text).replace(/#lt=\d+$/, '').match(/<[^>]*>/g))].sort().join('');
  if (path.endsWith('.html')) return markupShape(text).replace(MARKDOWN_INLINE, '').replace(FLAG_LINK, '');
  if (path.endsWith('.ris')) return text.split(/\r?\n/).filter((l) => /^[A-Z][A-Z0-9] {2}- ?/.test(l)).map((l) => l.slice(0, 2)).join(' ');
  return markupShape(text);
}
