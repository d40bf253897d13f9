// When to re-check content that editors are saving: once after a burst of saves, one check at a time, again shortly
// if a file vanished mid-read (editors save by rename). Shared by `npm run check -- --watch` and the dev server.

export interface RecheckScheduler {
  /** A file changed: check once the burst of saves is over. */
  changed(): void;
  stop(): void;
}

/**
 * Calls `check` 100 ms after the last `changed()`, never two at once; `done` gets its result and whether another
 * check is already due. A check that throws is reported and retried after 250 ms.
 */
export function recheckScheduler<T>(check: () => Promise<T>, done: (result: T, morePending: boolean) => void): RecheckScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const later = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  async function run() {
    timer = undefined;
    // One check at a time: saves made during a check start another once it is done.
    if (running) return later(100);
    running = true;
    let result: T;
    try {
      result = await check();
    } catch (err) {
      console.log(`check: could not read the content (${(err as Error).message}); retrying`);
      return later(250);
    } finally {
      running = false;
    }
    done(result, timer !== undefined);
  }
  return {
    changed: () => later(100),
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
