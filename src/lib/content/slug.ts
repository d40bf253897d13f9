// Turns any name or title into a valid entry id (lower-case ASCII words joined by hyphens), for hints and new files.

/** "Müller-Lyer, Ö." → "muller-lyer-o"; returns '' when nothing usable is left. */
export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Removes accents and maps the common non-decomposing letters (ß, æ, ø, ł, …) to ASCII. */
export function foldToAscii(text: string): string {
  const special: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i' };
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæÆøØœŒłŁđĐðÐþÞı]/g, (c) => special[c]);
}
