// A page's <title>: the page's own words, cut at a word boundary so title plus site name stay within 70 characters.

const SITE_NAME = 'Open Evidence';
const SEPARATOR = ' · ';

/** Length as written in the HTML, where the renderer escapes ' & " < > (validators count the escaped text). */
export function htmlLength(text: string): number {
  const extra: Record<string, number> = { "'": 4, '&': 4, '"': 5, '<': 3, '>': 3 };
  let n = 0;
  for (const ch of text) n += 1 + (extra[ch] ?? 0);
  return n;
}

/** The document title for a page, never longer than `max` characters as written (search results and tabs cut longer ones). */
export function pageTitle(text: string, max = 70): string {
  const suffix = `${SEPARATOR}${SITE_NAME}`;
  const room = max - suffix.length;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (htmlLength(clean) <= room) return `${clean}${suffix}`;
  let cut = '';
  for (const ch of clean) {
    if (htmlLength(cut + ch) > room - 1) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(' ');
  const words = (space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '');
  return `${words}…${suffix}`;
}
