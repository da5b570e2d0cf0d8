import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { shanghaiDateOf } from '../../core/calendar/dates';

dayjs.extend(utc);

/**
 * The tests' one "now". It is the machine's clock on purpose: the functions under test run in another process
 * (the local cloud) with that clock, and CI runs the date-sensitive projects under faketime at fixed instants
 * (scripts/test-clocks.ts), which moves this clock and the servers' together. A test that needs a fixed instant
 * passes one to the code it calls; a test of code that reads the clock derives what it expects from here.
 */
export const now = (): Date => new Date();

/** Today in Shanghai, `YYYY-MM-DD`. */
export const today = (): string => shanghaiDateOf(now());

/** The Shanghai month `n` months from now (negative goes back), computed with dayjs, not with the code under test. */
export const monthFromNow = (n: number): string =>
  dayjs(now())
    .utcOffset(8 * 60)
    .add(n, 'month')
    .format('YYYY-MM');
