import { daysBetween } from '../dates';

/**
 * The KPI page's housing figures per building (issue 14: "occupancy and waiting-time figures"): occupancy is
 * core's `occupancyRate` over the period's unit-days; the waiting time is the days from an application's submit to
 * the offer made in the period (an offer declined and made again counts from the same submit).
 */
export interface WaitingTimes {
  /** Offers made in the period. */
  offers: number;
  /** Median days from application to offer (the mean of the middle two when even); null with no offer. */
  medianDays: number | null;
  /** 90th percentile, nearest rank: nine in ten waited at most this many days; null with no offer. */
  p90Days: number | null;
}

export function waitingTimes(entries: ReadonlyArray<{ submittedOn: string; offeredOn: string }>): WaitingTimes {
  const days = entries.map((e) => Math.max(0, daysBetween(e.submittedOn, e.offeredOn))).sort((a, b) => a - b);
  const n = days.length;
  if (n === 0) return { offers: 0, medianDays: null, p90Days: null };
  const median = n % 2 === 1 ? days[(n - 1) / 2] : (days[n / 2 - 1] + days[n / 2]) / 2;
  return { offers: n, medianDays: median, p90Days: days[Math.ceil(0.9 * n) - 1] };
}
