import { allActions } from '../../support/action-tables';

/**
 * Every rate-limited action is a submit, and every submit is idempotent by requestId: a retry must be answered
 * from its first reply, never counted against the caller's limit (DESIGN "Every submit is idempotent").
 */
const limited = allActions().filter((entry) => entry.spec.rateLimit);

it('there are rate-limited actions to check', () => {
  expect(limited.length).toBeGreaterThan(5);
});

it.each(limited.map((entry) => [`${entry.fn}.${entry.action}`, entry] as const))('%s is idempotent by requestId', (_name, entry) => {
  expect(entry.spec.idempotent).toBeTruthy();
});

/**
 * A `'by-handler'` submit recognises its retries in its handler, after every check and rule: one refused before it
 * gets there (the station closed since, a rate window full) is answered from what its first call stored (`replay`,
 * tests/integration/functions/replay-after-refusal.test.ts).
 */
const byHandler = allActions().filter((entry) => entry.spec.idempotent === 'by-handler');

it.each(byHandler.map((entry) => [`${entry.fn}.${entry.action}`, entry] as const))(
  '%s answers a refused retry from its stored record',
  (_name, entry) => {
    expect(entry.spec.replay).toBeInstanceOf(Function);
  },
);
