/**
 * Waits for steps started side by side, every one of them, then throws the first failure if there is one. Unlike
 * `Promise.all`, a failure does not answer the call while the other writes are still on their way: a function
 * instance is frozen once it answers, and a write left running would land, or not, at its next call.
 */
export async function settleAll(steps: ReadonlyArray<Promise<unknown> | false | null | undefined>): Promise<void> {
  const failed = (await Promise.allSettled(steps)).find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Keeps steps that never fail (notices: `noticeTo`, `notifyAfterChange`) running beside the caller's own work, at
 * most `limit` at a time: `add` waits only while that many are on their way; `drain` waits for the rest, and must be
 * called before the caller answers.
 */
export function inFlight(limit: number): { add(step: Promise<void>): Promise<void>; drain(): Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    async add(step) {
      const tracked: Promise<void> = step.finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    },
    async drain() {
      await Promise.all(running);
    },
  };
}
