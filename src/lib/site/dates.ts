// Calendar dates as the content writes them (YYYY-MM-DD), with an injectable "today" so review dates can be tested.

/** A clock: returns the current instant. Tests pass a fixed one. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

/** The local calendar date of `d`, written YYYY-MM-DD. */
export function isoDay(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today's date from a clock, or a YYYY-MM-DD string passed through unchanged. */
export function today(clock: Clock | string = systemClock): string {
  return typeof clock === 'string' ? clock : isoDay(clock());
}

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The same calendar date `years` later; 29 February becomes 28 February in a non-leap year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso);
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
