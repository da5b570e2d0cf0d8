import { AppError, defineAction } from '../../../core/contract';
import { capacityConflictMessage, listInput, planCapacityChange, setCapacityInput, setPolicyInput } from '../../../core/admin';
import type { CapacityBucket } from '../../../core/capacity/buckets';
import { shanghaiDateOf } from '../../../core/calendar';
import { resolveStayPolicy } from '../../../core/stays/policy';
import { resolveSeatPolicy } from '../../../core/workspaces/policy';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { Database } from '../../_shared/cloud';
import type { ActionContext } from '../../_shared/handler';
import type { Station } from '../../_shared/stations';

async function findStation(db: Database, stationId: string): Promise<Station> {
  const { data } = await db.collection(COLLECTIONS.stations).where({ _id: stationId }).limit(1).get();
  const station = data[0] as Station | undefined;
  if (!station) throw new AppError('NOT_FOUND');
  return station;
}

const view = (s: Station) => ({
  id: s._id,
  name: s.name,
  beds: s.beds,
  seats: s.seats,
  active: s.active,
  stayPolicy: resolveStayPolicy(s.stayPolicy),
  seatPolicy: resolveSeatPolicy(s.seatPolicy),
});

/** Every station with its capacity and its rules as they apply (stored values over core's defaults). */
export const stations = defineAction<ActionContext>()({
  input: listInput,
  roles: ['admin'],
  async handler(_input, ctx) {
    const { data } = await ctx.db.collection(COLLECTIONS.stations).where({ active: ctx.db.command.in([true, false]) }).limit(100).get();
    return { items: (data as Station[]).map(view) };
  },
});

type Counter = 'stay_nights' | 'seat_days';

/** Rewrites the month counters from this month on for a new capacity, or refuses when it is below what is held. */
async function adjustCounters(ctx: ActionContext, collection: Counter, stationId: string, capacity: number): Promise<number> {
  const today = shanghaiDateOf(ctx.now);
  const _ = ctx.db.command;
  const { data } = await ctx.db.collection(collection).where({ stationId, month: _.gte(today.slice(0, 7)) }).limit(100).get();
  const plan = planCapacityChange({ buckets: data as CapacityBucket[], capacity, today });
  if (plan.conflicts.length > 0) {
    throw new AppError('CONFLICT', { message: capacityConflictMessage(plan.conflicts), details: { field: collection === 'stay_nights' ? 'beds' : 'seats', conflicts: plan.conflicts } });
  }
  for (const update of plan.updates) {
    // Only if no booking moved the held counts since we read them: `free` is computed from them.
    const bucket = (data as CapacityBucket[]).find((b) => b._id === update.id)!;
    const where: Record<string, unknown> = { _id: update.id };
    for (const [date, held] of Object.entries(bucket.held)) where[`held.${date}`] = held;
    const { updated } = await ctx.db.collection(collection).where(where).update({ capacity: update.capacity, free: _.set(update.free) });
    if (updated !== 1) throw new AppError('CONFLICT');
  }
  return plan.updates.length;
}

/**
 * Beds and/or seats of a station. The month counters already created follow (free = capacity − held); lowering
 * below what is held on any day from today on is refused with CONFLICT naming the day.
 */
export const setCapacity = defineAction<ActionContext>()({
  input: setCapacityInput,
  roles: ['admin'],
  async handler(input, ctx) {
    const station = await findStation(ctx.db, input.stationId);
    const adjusted: Record<string, number> = {};
    if (input.beds !== undefined && input.beds !== station.beds) {
      adjusted.stayMonths = await adjustCounters(ctx, 'stay_nights', station._id, input.beds);
    }
    if (input.seats !== undefined && input.seats !== station.seats) {
      adjusted.seatMonths = await adjustCounters(ctx, 'seat_days', station._id, input.seats);
    }
    const set = { beds: input.beds ?? station.beds, seats: input.seats ?? station.seats };
    await ctx.db.collection(COLLECTIONS.stations).doc(station._id).update({ ...set, updatedAt: ctx.now });
    await recordAudit(
      { ...ctx, action: 'admin.setCapacity' },
      { target: { collection: COLLECTIONS.stations, id: station._id }, before: `beds=${station.beds},seats=${station.seats}`, after: `beds=${set.beds},seats=${set.seats}`, note: adjusted },
    );
    return view({ ...station, ...set });
  },
});

/** A station's stay and seat rules (nights, windows, eligibility lists); unnamed fields keep their values. */
export const setPolicy = defineAction<ActionContext>()({
  input: setPolicyInput,
  roles: ['admin'],
  async handler(input, ctx) {
    const station = await findStation(ctx.db, input.stationId);
    const stayPolicy = { ...station.stayPolicy, ...input.stayPolicy };
    const seatPolicy = { ...station.seatPolicy, ...input.seatPolicy };
    const _ = ctx.db.command;
    await ctx.db.collection(COLLECTIONS.stations).doc(station._id).update({ stayPolicy: _.set(stayPolicy), seatPolicy: _.set(seatPolicy), updatedAt: ctx.now });
    await recordAudit(
      { ...ctx, action: 'admin.setPolicy' },
      { target: { collection: COLLECTIONS.stations, id: station._id }, before: null, after: null, note: { changed: [...Object.keys(input.stayPolicy ?? {}).map((k) => `stay.${k}`), ...Object.keys(input.seatPolicy ?? {}).map((k) => `seat.${k}`)] } },
    );
    return view({ ...station, stayPolicy, seatPolicy });
  },
});
