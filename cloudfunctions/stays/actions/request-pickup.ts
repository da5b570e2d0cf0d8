import { staysApi } from '../../../core/stays/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { assertOwner } from '../../../core/stays/access';
import { PICKUP_STATUSES, pickupRules } from '../../../core/stays/pickup';
import { resolveStayPolicy } from '../../../core/stations/policy';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { callerOf } from '../../_shared/caller';
import { findStay, setStay } from '../../_shared/stays/repository';

/** The owner asks for airport or railway pickup near the check-in date; asking again replaces the request. */
export const requestPickup = defineAction<ActionContext>()({
  ...staysApi.requestPickup,
  roles: [],
  rateLimit: SUBMIT_RATE_LIMIT,
  idempotent: true,
  /** The person's travel: flight or train number and arrival time. */
  personalData: true,
  async handler(input, ctx) {
    const app = await findStay(ctx.db, input.id);
    assertOwner(callerOf(ctx), app);
    if (!PICKUP_STATUSES.includes(app.status)) throw new AppError('CONFLICT', { details: { status: app.status } });
    const station = await loadStation(ctx.db, app.stationId);
    const arrivalAt = new Date(input.arrivalAt);
    const reasons = pickupRules({
      checkIn: app.checkIn,
      arrivalAt,
      now: ctx.now,
      days: resolveStayPolicy(station.stayPolicy).pickupDaysAroundCheckIn,
    });
    if (reasons.length > 0)
      throw new AppError('VALIDATION', { issues: reasons.map((r) => ({ path: r.rule, message: r.message[ctx.locale] })) });
    const pickup = { place: input.place, number: input.number.toUpperCase(), arrivalAt, requestedAt: ctx.now };
    await setStay(ctx.db, { id: app._id, from: app.status, fields: { pickup, updatedAt: ctx.now } });
    return { id: app._id, pickup };
  },
});
