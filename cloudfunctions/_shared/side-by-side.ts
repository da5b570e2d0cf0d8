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

/**
 * A promise that may never be awaited (a check refused the call first) without its failure going unhandled: the
 * failure is kept for `value()`, which answers or throws what the promise did.
 */
export function settled<T>(start: () => Promise<T> | undefined): { value(): Promise<T | undefined> } {
  type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
  let outcome: Promise<Outcome> | undefined;
  try {
    outcome = start()?.then(
      (value): Outcome => ({ ok: true, value }),
      (error: unknown): Outcome => ({ ok: false, error }),
    );
  } catch (error) {
    outcome = Promise.resolve({ ok: false, error });
  }
  return {
    async value() {
      const result = await outcome;
      if (!result) return undefined;
      if (!result.ok) throw result.error;
      return result.value;
    },
  };
}
