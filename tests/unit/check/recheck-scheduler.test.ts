// The re-check scheduler both watchers share: a burst of saves gives one check, checks never overlap, a failed read is retried.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { recheckScheduler } from '../../../src/lib/check/recheck-scheduler.ts';

afterEach(() => vi.useRealTimers());

describe('recheckScheduler', () => {
  it('checks once, 100 ms after the last of a burst of changes', async () => {
    vi.useFakeTimers();
    const check = vi.fn(async () => 'ok');
    const done = vi.fn();
    const s = recheckScheduler(check, done);
    s.changed();
    await vi.advanceTimersByTimeAsync(50);
    s.changed();
    await vi.advanceTimersByTimeAsync(99);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith('ok', false);
  });
  it('never runs two checks at once, and says when another is already due', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    let active = 0;
    let most = 0;
    const check = vi.fn(async () => {
      most = Math.max(most, ++active);
      await new Promise<void>((r) => (release = r));
      active--;
      return check.mock.calls.length;
    });
    const done = vi.fn();
    const s = recheckScheduler(check, done);
    s.changed();
    await vi.advanceTimersByTimeAsync(100);
    s.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(check).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenLastCalledWith(1, true);
    await vi.advanceTimersByTimeAsync(100);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenLastCalledWith(2, false);
    expect(most).toBe(1);
  });
  it('retries 250 ms after a check that throws, and stops when told', async () => {
    vi.useFakeTimers();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const check = vi.fn().mockRejectedValueOnce(new Error('ENOENT')).mockResolvedValue('ok');
    const done = vi.fn();
    const s = recheckScheduler(check, done);
    s.changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toHaveBeenCalledWith('check: could not read the content (ENOENT); retrying');
    await vi.advanceTimersByTimeAsync(250);
    expect(done).toHaveBeenCalledWith('ok', false);
    s.changed();
    s.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(check).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
