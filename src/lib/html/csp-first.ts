// Moves the Content-Security-Policy <meta> to the top of <head>: a CSP given by <meta> only governs what comes after it.

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET_META = /^<meta charset="[^"]*">/i;

/**
 * Returns the page with Astro's CSP <meta> placed right after `<head>` and the `<meta charset>` (which must stay within
 * the first 1024 bytes and is not governed by CSP), before the title, descriptions, JSON-LD, styles and scripts.
 * A page without a CSP meta or without <head> is returned unchanged.
 */
export function cspFirst(html: string): string {
  const csp = CSP_META.exec(html);
  const head = /<head>/i.exec(html);
  if (!csp || !head || csp.index < head.index) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  let at = head.index + head[0].length;
  const charset = CHARSET_META.exec(without.slice(at));
  if (charset) at += charset[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}
