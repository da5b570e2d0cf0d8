/**
 * Waits for steps started side by side, every one of them, then throws the first failure if there is one. Unlike
 * `Promise.all`, a failure does not answer the call while the other writes are still on their way: a function
 * instance is frozen once it answers, and a write left running would land, or not, at its next call.
 */
export async function settleAll(steps: ReadonlyArray<Promise<unknown> | false | null | undefined>): Promise<void> {
  const failed = (await Promise.allSettled(steps)).find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
