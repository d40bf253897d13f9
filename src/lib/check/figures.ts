// Finds the figures in a text (a number with what it counts or measures: "6 weeks", "27 trials", "18%", "1 in 250",
// "RR 2.2") and matches them against quotes. Spinal levels, years, dates, pages, identifiers and phone numbers are not figures.

export interface Figure {
  /** The figure as written (with its unit, when it has one). */
  text: string;
  /** Index of its first character in the text searched. */
  index: number;
  /** Normalised number: digits without separators, "." decimals, "%" units, "a-b" ranges, "a/b" counts, "a:b" ratios. */
  canon: string;
  /** The normalised numbers it is made of (one for a single number). */
  parts: string[];
  /** What it counts or measures, normalised ("week", "people", "studies"), when the text says. */
  unit?: string;
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

/** Unit words, each normalised to one name: people counted are "people" whatever the noun, time units are their own. */
const UNIT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:seconds?|secs?)$/, 'second'],
  [/^(?:minutes?|mins?)$/, 'minute'],
  [/^(?:hours?|hrs?|h)$/, 'hour'],
  [/^(?:days?)$/, 'day'],
  [/^(?:weeks?|wks?)$/, 'week'],
  [/^(?:months?|mos?)$/, 'month'],
  [/^(?:years?|yrs?)$/, 'year'],
  [/^(?:participants?|patients?|people|persons?|subjects?|individuals?|adults?|children|child|women|woman|men|man|cases?|volunteers?|respondents?)$/, 'people'],
  [/^(?:studies|study|trials?|rcts?|reviews?|reports?|articles?|papers?)$/, 'studies'],
  [/^(?:sessions?|treatments?|visits?|massages?)$/, 'sessions'],
  [/^(?:mg|g|kg|ml|mm|cm|mmhg|points?)$/, 'measure'],
];
const UNIT_AFTER = /^(?:\s*\([^()]{0,40}\))?(?:\s*-\s*|\s+)(?:(?:more|fewer|additional|further|other|such|separate|new|randomi[sz]ed|clinical|prospective|retrospective|observational|controlled|included|eligible|published|reported|consecutive|treated|evaluated|enrolled|recruited|anal[sy][sz]ed|symptomatic|asymptomatic|older|younger|healthy)\s+){0,2}([\p{L}]+)/u;

function unitOf(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const [re, name] of UNIT_NAMES) if (re.test(w)) return name === 'measure' ? w.replace(/s$/, '') : name;
  return undefined;
}

/**
 * Spans that hold digits but no figure, blanked before figures are read (offsets stay): dates, spinal levels ("C5/6",
 * "C5–C6", "L4-5", "T12"), pages ("p. 12", "pp. 3-9"), identifiers (letters glued to digits, "PMID 123", DOIs),
 * numbered references ("[1]"), years standing alone, and emergency numbers ("call 999", "NHS 111").
 */
const NOT_FIGURES: readonly RegExp[] = [
  /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g,
  /\b[CTLS]\d{1,2}(?:\s*(?:[/–—-]|and|to)\s*[CTLS]?\d{1,2})*\b/g,
  /\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?/gi,
  /\b(?:PMID|PMCID|DOI|ISBN|ISSN|NCT|PMC|CD|NG|CG|QS)[:\s]*[\dA-Z][\w./-]*/g,
  /\b10\.\d{4,9}\/\S+/g,
  /\[\d+(?:[,–-]\s*\d+)*\]/g,
  /\b(?:call|dial|ring|phone|nhs)\s+(?:999|111|112|911)\b|\b(?:999|111|112|911)\s+(?:online|or\s+go\s+to|or\s+a&e)/gi,
  /\b\p{L}+\d[\p{L}\d]*\b/gu,
  /\b\d+\p{L}+\d[\p{L}\d]*\b/gu,
];
/** A year: 1900–2099 on its own, not a count ("1994 participants") or a measure. */
const YEAR = /^(?:19|20)\d\d$/;

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

/** `text` with every span that holds digits but no figure blanked out (same length). */
export function maskNonFigures(text: string): string {
  let out = text;
  for (const re of NOT_FIGURES) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

/** Every figure in `text`, in order. A lone "one" is not a figure (it is also a pronoun: "no one", "one of the first"). */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  // An ordinal counts what follows it: "the 25th week" gives 25 weeks (the suffix blanked, offsets kept).
  const searched = maskNonFigures(text).replace(/(\d)(?:st|nd|rd|th)\b/g, '$1  ');
  for (const m of searched.matchAll(FIGURE)) {
    const [whole, a, pctA, , b, pctB, count, c] = m;
    const pct = pctA || pctB ? '%' : '';
    const after = UNIT_AFTER.exec(searched.slice(m.index + whole.length));
    const unit = pct ? undefined : after ? unitOf(after[1]) : undefined;
    const written = unit && after ? text.slice(m.index, m.index + whole.length + after[0].length) : whole;
    const x = normaliseNumber(a);
    // "a 1999 review", "the 2017 guideline": a year names a document (a singular noun), a count takes a plural one.
    const singular = after && /^(?:review|study|trial|guideline|report|statement|update|survey|audit|paper|article|series|cohort|analysis|version|edition|case|letter|commentary|note|consensus|leaflet|page)$/i.test(after[1]);
    if (!pct && /^\d/.test(a) && YEAR.test(x) && b === undefined && c === undefined && (!unit || singular)) continue;
    if (b !== undefined) {
      const y = normaliseNumber(b);
      // "from 1925 to 1997": a span of years is a period, not a figure.
      if (!pct && !unit && /^\d/.test(a) && YEAR.test(x) && YEAR.test(y)) continue;
      out.push({ text: written.trimEnd(), index: m.index, canon: `${x}${pct}-${y}${pct}`, parts: [x + pct, y + pct], unit });
      continue;
    }
    if (c !== undefined) {
      const y = normaliseNumber(c);
      const sep = count.trim() === ':' ? ':' : '/';
      out.push({ text: written.trimEnd(), index: m.index, canon: `${x}${sep}${y}`, parts: [x, y], unit });
      continue;
    }
    if (!pct && /^one$/i.test(a)) continue;
    if (!pct && !unit && b === undefined && c === undefined && /^(?:999|111|112|911)$/.test(a)) continue;
    out.push({ text: written.trimEnd(), index: m.index, canon: x + pct, parts: [x + pct], unit });
  }
  // "at 4, 10 and 26 weeks": each number of a list takes the unit its last number gives.
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1];
    const between = searched.slice(out[i].index + out[i].text.length, next.index);
    if (!out[i].unit && next.unit && /^\s*(?:,\s*(?:and|or)?|and|or)\s*$/.test(between)) out[i].unit = next.unit;
  }
  return out;
}

/** What some quotes give: each number with its unit ("6 week"), the numbers given with no unit, and every number. */
interface Given {
  withUnit: Set<string>;
  bare: Set<string>;
  any: Set<string>;
}

/** What a set of quotes gives, all together and quote by quote (a range or count needs all its numbers in one quote). */
export interface QuoteFigures extends Given {
  perQuote: Given[];
}

const withUnit = (value: string, unit?: string) => (unit ? `${value} ${unit}` : value);
const given = (): Given => ({ withUnit: new Set(), bare: new Set(), any: new Set() });
const add = (g: Given, value: string, unit?: string) => {
  g.any.add(value);
  if (unit) g.withUnit.add(withUnit(value, unit));
  else g.bare.add(value);
};

/** Each quote's figures, read once per process: the same quote supports many texts. */
const perQuoteCache = new Map<string, { figures: Figure[]; one: Given }>();
function readQuote(q: string) {
  let hit = perQuoteCache.get(q);
  if (!hit) {
    if (perQuoteCache.size > 200_000) perQuoteCache.clear();
    const figures = extractFigures(q);
    const one = given();
    for (const f of figures) {
      add(one, f.canon, f.unit);
      for (const p of f.parts) add(one, p, f.unit);
    }
    // A lone "one" in a quote still supports a figure 1 written as a digit.
    if (/(?<!\p{L})one(?!\p{L})/iu.test(q)) add(one, '1');
    perQuoteCache.set(q, (hit = { figures, one }));
  }
  return hit;
}

export function quoteFigures(quotes: Iterable<string>): QuoteFigures {
  const all: QuoteFigures = { ...given(), perQuote: [] };
  for (const q of quotes) {
    const { figures, one } = readQuote(q);
    for (const f of figures) add(all, f.canon, f.unit);
    all.perQuote.push(one);
  }
  return all;
}

/**
 * Whether some quotes give a number as the text uses it: with the text's unit ("6 weeks" by "six weeks"), or with no
 * unit at all (a table cell, "RR 2.7"); never only with another unit ("6 patients") or only inside a level or
 * identifier ("C5/6", which is not read as a figure). A number the text gives without a unit matches any.
 */
function gives(g: Given, value: string, unit?: string): boolean {
  return unit ? g.withUnit.has(withUnit(value, unit)) || g.bare.has(value) : g.any.has(value);
}

/** Whether a figure is supported: whole, or (a range or count) with all its numbers in one quote. */
function isSupported(f: Figure, quotes: QuoteFigures): boolean {
  if (gives(quotes, f.canon, f.unit)) return true;
  return quotes.perQuote.some((q) => f.parts.every((p) => gives(q, p, f.unit)));
}

/** The figures of `text` that no quote supports. */
export function unsupportedFigures(text: string, quotes: QuoteFigures): Figure[] {
  return extractFigures(text).filter((f) => !isSupported(f, quotes));
}

/** A number a quote gives, as a value: for matching typed numbers (an outcome's estimate, interval, counts). */
export interface QuoteNumber {
  value: number;
  percent: boolean;
  unit?: string;
}

/** Every number of a text (each part of a range or count on its own), with whether it is a percentage and its unit. */
export function numbersIn(text: string): QuoteNumber[] {
  const out: QuoteNumber[] = [];
  for (const f of extractFigures(text)) {
    for (const p of f.parts) {
      const percent = p.endsWith('%');
      const value = Number(percent ? p.slice(0, -1) : p);
      if (Number.isFinite(value)) out.push({ value, percent, unit: f.unit });
    }
  }
  // A lone "one" is not a figure in prose, but a quote saying "one trial" gives the number 1.
  for (const m of text.matchAll(/(?<!\p{L})one\s+(\p{L}+)/giu)) out.push({ value: 1, percent: false, unit: unitOf(m[1]) });
  return out;
}

/** Whether two numbers are the same figure (a quote's "2.0" is a typed 2; a minus sign the tokenizer drops is ignored). */
export const sameNumber = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-9;
