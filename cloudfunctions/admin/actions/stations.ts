import { adminApi } from '../../../core/admin/api';
import { AppError, defineAction } from '../../../core/contract';
import { capacityConflictMessage, planCapacityChange } from '../../../core/admin';
import { shanghaiDateOf } from '../../../core/calendar';
import type { Station } from '../../../core/stations/model';
import { resolveSeatPolicy, resolveStayPolicy } from '../../../core/stations/policy';
import { toStationView } from '../../../core/stations/view';
import { recordAudit } from '../../_shared/audit';
import { bucketsFrom, setCapacityIfHeld } from '../../_shared/capacity';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { listStations, loadStation, updateStation } from '../../_shared/stations';
import { offerWaitlist } from '../../_shared/stays/lifecycle';

const view = (s: Station) => {
  const { district, kind, services, facilities, contact, hours, photos, location } = toStationView(s);
  return {
    id: s._id,
    name: s.name,
    beds: s.beds,
    seats: s.seats,
    active: s.active,
    district,
    kind,
    services,
    facilities,
    contact,
    hours,
    photos,
    order: s.order ?? null,
    location,
    stayPolicy: resolveStayPolicy(s.stayPolicy),
    seatPolicy: resolveSeatPolicy(s.seatPolicy),
  };
};

/** Every station with its capacity and its rules as they apply (stored values over core's defaults). */
export const stations = defineAction<ActionContext>()({
  ...adminApi.stations,
  roles: ['admin'],
  async handler(_input, ctx) {
    return { items: (await listStations(ctx.db)).map(view) };
  },
});

type Counter = 'stay_nights' | 'seat_days';
interface Change {
  collection: Counter;
  field: 'beds' | 'seats';
  from: number;
  to: number;
}

const ROUNDS = 5;

const refusal = (change: Change, conflicts: Parameters<typeof capacityConflictMessage>[0]) =>
  new AppError('CONFLICT', { message: capacityConflictMessage(conflicts), details: { field: change.field, conflicts } });

/** The month counters from this month on, and what the new capacity makes of them. */
async function planFor(ctx: ActionContext, stationId: string, change: Change, capacity = change.to) {
  const today = shanghaiDateOf(ctx.now);
  const buckets = await bucketsFrom(ctx.db, change.collection, stationId, today.slice(0, 7));
  return { buckets, plan: planCapacityChange({ buckets, capacity, today }) };
}

/**
 * Rewrites the existing month counters for `capacity`. Each month is written only if its held counts are still
 * those the plan was made from (a booking in between moves them): then it reads and plans again, a few rounds at
 * most. Answers how many months were rewritten.
 */
async function settleCounters(ctx: ActionContext, stationId: string, change: Change, capacity: number): Promise<number> {
  for (let round = 0; round < ROUNDS; round += 1) {
    const { buckets, plan } = await planFor(ctx, stationId, change, capacity);
    if (plan.conflicts.length > 0) throw refusal(change, plan.conflicts);
    let moved = false;
    for (const update of plan.updates) {
      const bucket = buckets.find((b) => b._id === update.id)!;
      const written = await setCapacityIfHeld(ctx.db, change.collection, {
        id: update.id,
        held: bucket.held,
        capacity: update.capacity,
        free: update.free,
      });
      moved ||= !written;
    }
    if (!moved) return plan.updates.length;
  }
  throw new AppError('CONFLICT');
}

/**
 * Beds and/or seats of a station. Refused (CONFLICT naming the day) before anything is written when the new number
 * is below what is held on a day from today on. Otherwise the station changes first — months created from then on
 * start at the new capacity — and then the existing month counters follow (free = capacity − held). If bookings
 * keep moving the counters, or one took the places in between, the station and counters are put back. Beds
 * added are offered to the station's waitlist, first submitted first, as nights given back are.
 */
export const setCapacity = defineAction<ActionContext>()({
  ...adminApi.setCapacity,
  roles: ['admin'],
  async handler(input, ctx) {
    const station = await loadStation(ctx.db, input.stationId, { inactive: true });
    const changes: Change[] = [];
    if (input.beds !== undefined && input.beds !== station.beds)
      changes.push({ collection: 'stay_nights', field: 'beds', from: station.beds, to: input.beds });
    if (input.seats !== undefined && input.seats !== station.seats)
      changes.push({ collection: 'seat_days', field: 'seats', from: station.seats, to: input.seats });
    for (const change of changes) {
      const { plan } = await planFor(ctx, station._id, change);
      if (plan.conflicts.length > 0) throw refusal(change, plan.conflicts);
    }
    const set = { beds: input.beds ?? station.beds, seats: input.seats ?? station.seats };
    await updateStation(ctx.db, station._id, { ...set, updatedAt: ctx.now });
    const adjusted: Record<string, number> = {};
    const done: Change[] = [];
    try {
      for (const change of changes) {
        adjusted[change.collection] = await settleCounters(ctx, station._id, change, change.to);
        done.push(change);
      }
    } catch (error) {
      await updateStation(ctx.db, station._id, { beds: station.beds, seats: station.seats, updatedAt: ctx.now });
      // Best effort: going back to the old capacity can itself be refused if bookings took the new places.
      for (const change of done) await settleCounters(ctx, station._id, change, change.from).catch(() => undefined);
      throw error;
    }
    await recordAudit(
      { ...ctx, action: 'admin.setCapacity' },
      {
        target: { collection: COLLECTIONS.stations, id: station._id },
        before: `beds=${station.beds},seats=${station.seats}`,
        after: `beds=${set.beds},seats=${set.seats}`,
        note: adjusted,
      },
    );
    // More beds free nights: the station's waitlist is offered them first, as when a booking gives nights back.
    if (set.beds > station.beds) await offerWaitlist(ctx, station._id);
    return view({ ...station, ...set });
  },
});

/** A station's stay and seat rules (nights, windows, eligibility lists); unnamed fields keep their values. */
export const setPolicy = defineAction<ActionContext>()({
  ...adminApi.setPolicy,
  roles: ['admin'],
  async handler(input, ctx) {
    const station = await loadStation(ctx.db, input.stationId, { inactive: true });
    const stayPolicy = { ...station.stayPolicy, ...input.stayPolicy };
    const seatPolicy = { ...station.seatPolicy, ...input.seatPolicy };
    const _ = ctx.db.command;
    await updateStation(ctx.db, station._id, { stayPolicy: _.set(stayPolicy), seatPolicy: _.set(seatPolicy), updatedAt: ctx.now });
    await recordAudit(
      { ...ctx, action: 'admin.setPolicy' },
      {
        target: { collection: COLLECTIONS.stations, id: station._id },
        before: null,
        after: null,
        note: {
          changed: [
            ...Object.keys(input.stayPolicy ?? {}).map((k) => `stay.${k}`),
            ...Object.keys(input.seatPolicy ?? {}).map((k) => `seat.${k}`),
          ],
        },
      },
    );
    return view({ ...station, stayPolicy, seatPolicy });
  },
});

/**
 * What the network shows of a station: district, kind, services, facilities, desk phone, hours, photos, order and
 * map point (core/admin/schemas.ts `stationProfileSchema`). Fields not given keep their values; `null` clears the
 * contact, hours or map point. The audit names the fields changed.
 */
export const setProfile = defineAction<ActionContext>()({
  ...adminApi.setProfile,
  roles: ['admin'],
  async handler(input, ctx) {
    const station = await loadStation(ctx.db, input.stationId, { inactive: true });
    const { stationId: _id, ...profile } = input;
    const _ = ctx.db.command;
    const fields: Record<string, unknown> = {};
    const next: Station = { ...station };
    for (const [key, value] of Object.entries(profile) as Array<[keyof typeof profile, unknown]>) {
      if (value === undefined) continue;
      // Objects and lists replace the stored value whole (an update would merge them); null removes the field.
      fields[key] = value === null ? _.remove() : typeof value === 'object' ? _.set(value) : value;
      if (value === null) delete next[key];
      else (next as unknown as Record<string, unknown>)[key] = value;
    }
    await updateStation(ctx.db, station._id, { ...fields, updatedAt: ctx.now });
    await recordAudit(
      { ...ctx, action: 'admin.setProfile' },
      {
        target: { collection: COLLECTIONS.stations, id: station._id },
        before: null,
        after: null,
        note: { changed: Object.keys(fields) },
      },
    );
    return view(next);
  },
});
