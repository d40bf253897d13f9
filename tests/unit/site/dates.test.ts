// Calendar arithmetic behind review dates and new entries' defaults.
import { describe, it, expect } from 'vitest';
import { addYears, daysBetween, isoDay, isRealDate, today } from '../../../src/lib/site/dates.ts';

describe('dates', () => {
  it('writes the local calendar date', () => expect(isoDay(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05'));
  it('takes today from a clock or a date string', () => {
    expect(today(() => new Date(2025, 0, 31, 8))).toBe('2025-01-31');
    expect(today('2025-02-01')).toBe('2025-02-01');
  });
  it('counts whole days across months, leap days and years', () => {
    expect(daysBetween('2025-01-01', '2025-11-25')).toBe(328);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });
  it('adds a year, clamping 29 February', () => {
    expect(addYears('2026-11-25', 1)).toBe('2027-11-25');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('tells real dates from impossible ones', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-2-1')).toBe(false);
  });
});
