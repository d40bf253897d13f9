// Evidence pictures as inline SVG strings, written at build time: no client JavaScript, no style attributes (the CSP
// allows no inline style), only classes the site's stylesheet colours (light, dark and print). Hand-written rather than
// drawn with a chart library: a linear scale per 1,000 and a 10 × 10 grid are a few lines, and no library we know of emits
// SVG without inline styles or needs no DOM at build time. Every picture carries its numbers as a text alternative.
import type { SofRow } from './table.ts';
import { interventionOf, lowerFirst } from './wording.ts';

/** The most bytes one picture may weigh. */
export const MAX_PICTURE_BYTES = 16 * 1024;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number) => String(Math.round(x * 10) / 10);

/** An axis maximum per 1,000 that holds every value: 100, 200, 250, 500 or 1,000. */
function axisMax(values: number[]): number {
  const top = Math.max(...values, 1);
  return [100, 200, 250, 500, 1000].find((m) => m >= top) ?? 1000;
}

export interface Picture {
  svg: string;
  /** The same numbers in words (the SVG's title and description say them too). */
  alt: string;
}

/**
 * Dot and 95% CI of the risk with the intervention per 1,000, beside the comparator's risk, on one axis. `id` makes the
 * title and description ids unique on the page.
 */
export function riskPicture(row: SofRow, b: number, id: string): Picture | undefined {
  const base = row.baseline?.[b];
  const abs = row.absolute?.[b];
  if (!base || !abs) return undefined;
  const x = lowerFirst(interventionOf(row.comparison));
  const max = axisMax([abs.high, base.per_1000]);
  const W = 320, L = 12, R = 308, H = 74;
  const at = (v: number) => n1(L + ((R - L) * Math.min(v, max)) / max);
  /** Labels stay inside the picture: centred on their mark, but never past its edges. */
  const labelAt = (v: number) => n1(Math.min(250, Math.max(70, Number(at(v)))));
  const alt = `Out of 1,000 people: ${n1(base.per_1000)} with the comparator (${base.label}); ${abs.per_1000} with ${x} (95% CI ${abs.low} to ${abs.high}).`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sof-picture" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${esc(row.outcome)}: risk per 1,000</title><desc id="${id}-d">${esc(alt)}</desc>`,
    `<path class="sof-axis" d="M${L} 56H${R}"/>`,
    ...[0, max / 2, max].map((t) => `<path class="sof-axis" d="M${at(t)} 53v6"/><text class="sof-tick" x="${n1(Math.min(296, Math.max(14, Number(at(t)))))}" y="70">${n1(t)}</text>`),
    `<path class="sof-comparator" d="M${at(base.per_1000)} 13V50"/>`,
    `<text class="sof-label" x="${labelAt(base.per_1000)}" y="10">comparator ${esc(n1(base.per_1000))}</text>`,
    `<path class="sof-ci" d="M${at(abs.low)} 34H${at(abs.high)}"/>`,
    `<circle class="sof-dot" cx="${at(abs.per_1000)}" cy="34" r="5"/>`,
    `<text class="sof-label" x="${labelAt(abs.per_1000)}" y="24">with ${esc(x.length > 18 ? 'intervention' : x)} ${abs.per_1000}</text>`,
    `</svg>`,
  ].join('');
  return { svg, alt };
}

/** 100 people as two 10 × 10 grids, without and with the intervention: filled dots are those the outcome happens to. */
export function iconArray(row: SofRow, b: number, id: string): Picture | undefined {
  const base = row.baseline?.[b];
  const abs = row.absolute?.[b];
  if (!base || !abs) return undefined;
  const x = lowerFirst(interventionOf(row.comparison));
  const without = Math.round(base.per_1000 / 10);
  const withX = Math.round(abs.per_1000 / 10);
  const grid = (count: number, ox: number) => {
    let on = '';
    let off = '';
    for (let i = 0; i < 100; i++) {
      const d = `M${ox + (i % 10) * 12 + 6} ${16 + Math.floor(i / 10) * 12 + 6}h0`;
      if (i < count) on += d;
      else off += d;
    }
    return `${on ? `<path class="sof-icon-on" d="${on}"/>` : ''}${off ? `<path class="sof-icon-off" d="${off}"/>` : ''}`;
  };
  const alt = `Of 100 people, about ${without} without ${x} and about ${withX} with ${x} (95% CI ${Math.round(abs.low / 10)} to ${Math.round(abs.high / 10)}): ${row.outcome}.`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sof-icons" viewBox="0 0 280 140" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${esc(row.outcome)}: out of 100 people</title><desc id="${id}-d">${esc(alt)}</desc>`,
    `<text class="sof-label sof-left" x="0" y="10">Without: ${without} in 100</text>`,
    `<text class="sof-label sof-left" x="150" y="10">With: ${withX} in 100</text>`,
    grid(without, 0),
    grid(withX, 150),
    `</svg>`,
  ].join('');
  return { svg, alt };
}
