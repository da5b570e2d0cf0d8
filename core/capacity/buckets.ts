import { datesOfMonth, monthOf, type CalendarDate } from '../dates';

/**
 * Capacity is counted per station per date (a night for beds, a day for seats) in one document per station per
 * month: `{ _id: '<stationId>:<YYYY-MM>', capacity, free: { <date>: n }, held: { <date>: n } }`.
 * Holding `n` on several dates of a month is then ONE conditional update — `free.<date> >= n` for each date,
 * `free −n, held +n` — which the database applies atomically or not at all. `free + held = capacity` always, and
 * `free >= 0` is the condition, so held can never exceed capacity, under any concurrency. A 3-month seat booking
 * touches 3–4 documents instead of ~90.
 *
 * The same update records who holds: `holders['<holder>|<date>'] = n` (the holder is the application's id). A
 * release is conditional on those entries and removes them, so places are given back once, only by their holder,
 * and a hold whose application never got written (a crash between the two) can be found and given back later
 * (pending submits, core/capacity/pending.ts).
 */
export interface CapacityBucket {
  _id: string;
  stationId: string;
  month: string;
  capacity: number;
  free: Record<CalendarDate, number>;
  held: Record<CalendarDate, number>;
  /** `'<holder>|<date>'` → places that holder has on that date. Absent on months written before holders existed. */
  holders?: Record<string, number>;
  /**
   * `<holder>` → the token of the hold call that last wrote that holder's places here (`holdDates`, a fresh token per
   * call). A hold whose reply was lost and which was sent again finds its own token: it was applied, not refused.
   */
  calls?: Record<string, string>;
  /** `<holder>` → when that holder's last hold here was written (absent on holds written before it was recorded). */
  heldAt?: Record<string, Date>;
}

/** The key of one holder's places on one date (ids and dates contain no `.` or `|`, so the key is a plain field). */
export const holderKey = (holder: string, date: CalendarDate): string => `${holder}|${date}`;

export const bucketId = (stationId: string, month: string): string => `${stationId}:${month}`;

/** A fresh month: every date free up to the station's capacity. */
export function newBucket(stationId: string, month: string, capacity: number): CapacityBucket {
  const dates = datesOfMonth(month);
  return {
    _id: bucketId(stationId, month),
    stationId,
    month,
    capacity,
    free: Object.fromEntries(dates.map((d) => [d, capacity])),
    held: Object.fromEntries(dates.map((d) => [d, 0])),
    holders: {},
  };
}

export interface BucketHold {
  id: string;
  month: string;
  dates: CalendarDate[];
}

/** The dates grouped by month bucket, in date order: one conditional update each. */
export function holdsByBucket(stationId: string, dates: readonly CalendarDate[]): BucketHold[] {
  const byMonth = new Map<string, CalendarDate[]>();
  for (const date of [...dates].sort()) {
    const month = monthOf(date);
    byMonth.set(month, [...(byMonth.get(month) ?? []), date]);
  }
  return [...byMonth].map(([month, monthDates]) => ({ id: bucketId(stationId, month), month, dates: monthDates }));
}

/** Free places per date; a month with no document yet is entirely free. */
export function availability(input: {
  stationId: string;
  dates: readonly CalendarDate[];
  buckets: readonly CapacityBucket[];
  capacity: number;
}): Array<{ date: CalendarDate; free: number; capacity: number }> {
  const byId = new Map(input.buckets.map((b) => [b._id, b]));
  return input.dates.map((date) => {
    const bucket = byId.get(bucketId(input.stationId, monthOf(date)));
    return bucket
      ? { date, free: bucket.free[date] ?? 0, capacity: bucket.capacity }
      : { date, free: input.capacity, capacity: input.capacity };
  });
}

/**
 * After a hold of `n` on `dates` by `holder` was refused on this month: `'held'` when the refused update was this very
 * call's own, sent again after its reply was lost (its token is there); `'room'` when every date has `n` free and the
 * holder holds none of them, so the month changed between the update and this look (try again); `'full'` otherwise.
 */
export function afterRefusedHold(input: {
  bucket: CapacityBucket;
  dates: readonly CalendarDate[];
  n: number;
  holder: string;
  call: string;
}): 'held' | 'room' | 'full' {
  const { bucket, dates, n, holder } = input;
  if (bucket.calls?.[holder] === input.call) return 'held';
  const room = dates.every((d) => (bucket.free[d] ?? 0) >= n && bucket.holders?.[holderKey(holder, d)] === undefined);
  return room ? 'room' : 'full';
}

/** Dates where the invariant is broken (held > capacity, or the counters disagree); empty when all is well. */
export const overbookedDates = (bucket: CapacityBucket): CalendarDate[] =>
  Object.keys(bucket.held).filter(
    (d) => bucket.held[d] > bucket.capacity || bucket.free[d] < 0 || bucket.free[d] + bucket.held[d] !== bucket.capacity,
  );
