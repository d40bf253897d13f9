// The registry of work still writing into the private output (the search index): publishing waits for it, and fails with it.
const pending: Array<Promise<unknown>> = [];

/** Work on the private output that may run alongside later build:done hooks; publishing waits for it, and fails with it. */
export function finishBeforePublishing(work: Promise<unknown>): void {
  work.catch(() => {}); // handled when publishing awaits it
  pending.push(work);
}

/** Waits for every piece of registered work; rejects with the first that failed. */
export async function pendingWorkDone(): Promise<void> {
  await Promise.all(pending.splice(0));
}
