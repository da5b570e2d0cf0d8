import { spawnSync } from 'node:child_process';

/**
 * The instants at which `npm test` runs the date-sensitive tests again, so that a bug that shows only in one month
 * fails in CI on every day of the year. Each is a UTC instant; the comment says what it is in Shanghai.
 */
export const CLOCKS = [
  { instant: '2026-12-31T15:30:00Z', why: 'New Year’s Eve, 23:30 in Shanghai' },
  { instant: '2026-12-31T16:30:00Z', why: '2027-01-01 00:30 in Shanghai, still 2026 in UTC; 2027 has no loaded calendar' },
  { instant: '2026-02-28T04:00:00Z', why: 'the last day of February, a make-up workday' },
  { instant: '2028-02-29T04:00:00Z', why: 'a leap day' },
  { instant: '2026-09-30T04:00:00Z', why: 'the last day of a quarter, before National Day' },
  { instant: '2026-10-08T04:00:00Z', why: 'the first workday after National Day' },
] as const;

/**
 * The projects and tests that read the clock: all of unit and ui but the function bundles' test (it builds every
 * bundle twice and reads no clock: two thirds of a clock run's time), and the integration tests of periods and
 * deadlines.
 */
export const CLOCK_PROJECTS = ['unit', 'ui', 'integration'];
export const CLOCK_TESTS =
  /(\/core\/|\/tests\/unit\/(?!function-bundles\.test)|\/tests\/ui\/|\/tests\/integration\/functions\/(reports|scheduler|requests|notifications|provisional-deadlines)\.test\.ts$)/;

/** faketime's offset from now to `instant` (`+123s`, `-45s`): every process of the run, servers too, shares it. */
export const offsetTo = (instant: string): string => {
  const seconds = Math.round((Date.parse(instant) - Date.now()) / 1000);
  return `${seconds < 0 ? '' : '+'}${seconds}s`;
};

export const faketimeAvailable = (): boolean => spawnSync('faketime', ['-f', '+0s', 'true']).status === 0;
