// Finds the figures in a text (numbers, percentages, ranges, "32 of 177", ratios, spelled numbers) and matches them against quotes.

interface Figure {
  /** The figure as written. */
  text: string;
  /** Index of its first character in the text searched. */
  index: number;
  /** Normalised form: digits without separators, "." decimals, "%" units, "a-b" ranges, "a/b" counts, "a:b" ratios. */
  canon: string;
  /** The normalised numbers it is made of (one for a single number). */
  parts: string[];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD = `(?:${[...Object.keys(TENS), ...Object.keys(UNITS).reverse()].join('|')})`;
/** A spelled number: "seven", "twenty", "seventy-seven", "one hundred seventy-seven", "two thousand". */
const SPELLED = `${WORD}(?:[- ]${WORD})?(?:\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?${WORD}(?:[- ]${WORD})?)?)?`;
/** Digits, with thousands separators (comma, thin or no-break space) and a decimal point or middle dot. */
const DIGITS = `\\d{1,3}(?:[,\\u2009\\u202f\\u00a0]\\d{3})+(?:[.·]\\d+)?|\\d+(?:[.·]\\d+)?`;
const NUM = `(?:${DIGITS}|${SPELLED})`;
const PCT = `(?:\\s?%|\\s(?:per\\s?cent|percent)\\b)`;
const DASH = `\\s*(?:-|–|—|‑|\\bto\\b)\\s*`;
const COUNT = `\\s+(?:of|in|out\\s+of)\\s+`;
/** Longest first: a range or count before its single numbers. */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(${NUM})(${PCT})?(?:(${DASH})(${NUM})(${PCT})?|(${COUNT}|\\s*[/:]\\s*)(${NUM}))?)(?![\\p{N}])(?!\\p{L})`,
  'giu',
);

function spelledValue(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A number as digits: separators dropped, "·" as ".", spelled numbers converted. */
function normaliseNumber(raw: string): string {
  if (/^\d/.test(raw)) return raw.replace(/[,\u2009\u202f\u00a0]/g, '').replace('·', '.');
  return String(spelledValue(raw) ?? raw);
}

/** Every figure in `text`, in order (dates written YYYY-MM-DD excepted). A lone "one" is not a figure (it is also a pronoun: "no one", "one of the first"). */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  // A calendar date written YYYY-MM-DD (when we searched, when a page was reviewed) is a date, not a figure.
  const searched = text.replace(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, (d) => ' '.repeat(d.length));
  for (const m of searched.matchAll(FIGURE)) {
    const [whole, a, pctA, , b, pctB, count, c] = m;
    const pct = pctA || pctB ? '%' : '';
    const x = normaliseNumber(a);
    if (b !== undefined) {
      const y = normaliseNumber(b);
      out.push({ text: whole, index: m.index, canon: `${x}${pct}-${y}${pct}`, parts: [x + pct, y + pct] });
      continue;
    }
    if (c !== undefined) {
      const y = normaliseNumber(c);
      const sep = count.trim() === ':' ? ':' : '/';
      out.push({ text: whole, index: m.index, canon: `${x}${sep}${y}`, parts: [x, y] });
      continue;
    }
    if (!pct && /^one$/i.test(a)) continue;
    out.push({ text: whole.trimEnd(), index: m.index, canon: x + pct, parts: [x + pct] });
  }
  return out;
}

/** What a set of quotes gives: every figure's normalised form, and per quote the numbers in it. */
export interface QuoteFigures {
  canon: Set<string>;
  perQuote: Set<string>[];
}

export function quoteFigures(quotes: Iterable<string>): QuoteFigures {
  const canon = new Set<string>();
  const perQuote: Set<string>[] = [];
  for (const q of quotes) {
    const parts = new Set<string>();
    for (const f of extractFigures(q)) {
      canon.add(f.canon);
      for (const p of f.parts) parts.add(p);
    }
    // A lone "one" in a quote still supports a figure 1 written as a digit.
    if (/(?<!\p{L})one(?!\p{L})/iu.test(q)) parts.add('1');
    perQuote.push(parts);
  }
  return { canon, perQuote };
}

/**
 * Whether a figure is supported: its normalised form is in a quote, or every number it is made of is in one quote,
 * or it is a year (1900–2099) one of the cited references was published. (Callers pass reference titles as quotes.)
 */
function isSupported(f: Figure, quotes: QuoteFigures, years: ReadonlySet<number>): boolean {
  if (quotes.canon.has(f.canon)) return true;
  if (quotes.perQuote.some((q) => f.parts.every((p) => q.has(p)))) return true;
  return f.parts.length === 1 && /^(19|20)\d\d$/.test(f.canon) && years.has(Number(f.canon));
}

/** The figures of `text` that no quote supports. */
export function unsupportedFigures(text: string, quotes: QuoteFigures, years: ReadonlySet<number>): Figure[] {
  return extractFigures(text).filter((f) => !isSupported(f, quotes, years));
}
