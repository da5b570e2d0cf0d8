import { performance } from 'node:perf_hooks';
import type { LocalCloud } from '../../local-cloud/server';
import { percentile } from './report';

/** Calls timed each way, one after the other (CI's short run: 3). */
export const SERIAL_TIMED = Number(process.env.BENCH_SERIAL_CALLS ?? 7);
/** The latency given to each platform request: far above a submit's CPU time, and above the machine's noise. */
const LATENCY_MS = 50;

/** Requests the local cloud has answered on `/admin` since it started, of the actions starting with `prefix`. */
export const requestsSent = (cloud: LocalCloud, prefix = ''): number =>
  [...cloud.adminRequests].reduce((sum, [action, count]) => sum + (action.startsWith(prefix) ? count : 0), 0);

/**
 * How many platform requests a submit waits for one after another: what its time on CloudBase is made of, where a
 * request is milliseconds of network (here, microseconds). The median of `SERIAL_TIMED` submits with every request
 * to the database and storage made `LATENCY_MS` slower (`setLatency`), less the median of as many without, over
 * `LATENCY_MS`: requests sent side by side count once. `submit(n)` makes the n-th submit (n from 0 to twice
 * `SERIAL_TIMED`, each by a caller of its own); the function is warm already.
 */
export async function serialRoundTrips(cloud: LocalCloud, submit: (n: number) => Promise<unknown>): Promise<number> {
  const medianMs = async (first: number) => {
    const times: number[] = [];
    for (let n = first; n < first + SERIAL_TIMED; n += 1) {
      const t0 = performance.now();
      await submit(n);
      times.push(performance.now() - t0);
    }
    return percentile(times, 50);
  };
  const unhindered = await medianMs(0);
  cloud.setLatency(LATENCY_MS);
  try {
    return ((await medianMs(SERIAL_TIMED)) - unhindered) / LATENCY_MS;
  } finally {
    cloud.setLatency(0);
  }
}
