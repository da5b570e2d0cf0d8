import { AppError } from '../../../core/contract';
import { datesUntil, type CalendarDate } from '../../../core/dates';
import { seatReleases, toSeatView } from '../../../core/workspaces/application';
import { HOLDING_SEAT_STATUSES, type SeatApplication } from '../../../core/workspaces/model';
import { seatNotice } from '../../../core/workspaces/notices';
import { seatNumbersKeptUntil } from '../../../core/workspaces/seat-map';
import { nextSeatStatus, type SeatEvent } from '../../../core/workspaces/state';
import type { Actor } from '../../../core/stays/state';
import { recordAudit } from '../audit';
import { holdDates, releaseDates } from '../capacity';
import { beginSubmit, endSubmit } from '../pending-submits';
import { COLLECTIONS } from '../collections';
import { settleAll, settled } from '../side-by-side';
import type { ActionContext } from '../handler';
import { notifyAfterChange, stationNameOf } from '../notify';
import type { Station } from '../../../core/stations/model';
import { claimTeam, dropNewTeamClaim, releaseTeam } from './claims';
import { findSeatsOrNull, insertSeats, setSeats } from './repository';
import { dropReservations, shortenReservations } from './seat-map';

const DAYS = 'seat_days' as const;

/**
 * Records the submit as pending, claims the team, holds `seats` on every day of the term (NO_CAPACITY if any day is
 * short), inserts. A refusal undoes it all; a submit killed midway is undone by the scheduler (pending record).
 * A write whose reply was lost may have been applied: the claim and the hold know their own writes (claims.ts,
 * capacity.ts), an insert that failed is looked for before anything is undone, and the seats are given back
 * whenever they were asked for (conditional on the holder: a no-op if the hold was never applied).
 */
export async function submitSeats(ctx: ActionContext, input: { station: Station; app: SeatApplication }) {
  const { db } = ctx;
  const { app } = input;
  const days = datesUntil(app.startDate, app.endDate);
  // A fresh id per call (retries are answered from the stored reply), so the record is always new.
  await beginSubmit(db, {
    _id: app._id,
    kind: 'seat',
    stationId: app.stationId,
    dates: days,
    n: app.seats,
    claim: { teamKey: app.teamKey },
    at: ctx.now,
  });
  let claim: Awaited<ReturnType<typeof claimTeam>> | null = null;
  let holding = false;
  let inserting = false;
  try {
    claim = await claimTeam(db, { teamKey: app.teamKey, applicationId: app._id });
    holding = true;
    const held = await holdDates(db, {
      collection: DAYS,
      stationId: app.stationId,
      dates: days,
      n: app.seats,
      capacity: input.station.seats,
      holder: app._id,
      now: ctx.now,
    });
    if (!held) {
      holding = false;
      throw new AppError('NO_CAPACITY', { message: { 'zh-CN': '所选期间工位已满', en: 'Not enough seats are free for that term' } });
    }
    inserting = true;
    await insertSeats(db, app);
  } catch (error) {
    // Stored after all (the insert's reply was lost): nothing is undone.
    const stored = inserting ? await findSeatsOrNull(db, app._id) : null;
    if (stored) return toSeatView(stored);
    if (holding) await releaseDates(db, { collection: DAYS, stationId: app.stationId, dates: days, n: app.seats, holder: app._id });
    // A refusal leaves the team's claims as they were: a claim this call created goes (found by fuzzing).
    if (claim === 'created') await dropNewTeamClaim(db, { teamKey: app.teamKey, applicationId: app._id });
    else if (claim === 'claimed') await releaseTeam(db, { teamKey: app.teamKey, applicationId: app._id });
    await endSubmit(db, app._id);
    throw error;
  }
  // The pending record stays: the scheduler drops it once the grace has passed (no write on the hot path).
  return toSeatView(app);
}

/** A status change: core decides, compare-and-set writes, freed days and the team claim are released, audited. */
export async function changeSeats(
  ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>,
  input: {
    app: SeatApplication;
    event: SeatEvent;
    actor: Actor;
    fields?: Partial<SeatApplication>;
    lastDay?: CalendarDate;
    note?: Record<string, unknown>;
  },
) {
  const { db, now } = ctx;
  const { app, event, actor } = input;
  const to = nextSeatStatus({ status: app.status, event, actor });
  const frees = seatReleases({ app, from: app.status, to, lastDay: input.lastDay });
  const fields: Partial<SeatApplication> = { ...input.fields, status: to, held: frees.held, updatedAt: now };
  // The station's name, for the owner's notice, is read while the change is written.
  const stationName = seatNotice({ app, event, actor, stationName: null }) ? settled(() => stationNameOf(db, app.stationId)) : null;
  await setSeats(db, { id: app._id, from: app.status, fields });
  const endsHolding = HOLDING_SEAT_STATUSES.includes(app.status) && !HOLDING_SEAT_STATUSES.includes(to);
  const keptUntil = seatNumbersKeptUntil({ to, lastDay: input.lastDay });
  // What follows the write goes side by side: none of it depends on the rest. The seat numbers are given back after
  // the status write, so that a reader sees the booking in one place or the other at every moment.
  await settleAll([
    frees.days.length > 0 &&
      releaseDates(db, { collection: DAYS, stationId: app.stationId, dates: frees.days, n: app.seats, holder: app._id }),
    endsHolding && releaseTeam(db, { teamKey: app.teamKey, applicationId: app._id }),
    endsHolding &&
      (keptUntil
        ? shortenReservations(db, { stationId: app.stationId, applicationId: app._id, end: keptUntil })
        : dropReservations(db, { stationId: app.stationId, applicationId: app._id })),
    actor !== 'owner' &&
      recordAudit(
        { ...ctx, action: `workspaces.${event}` },
        {
          target: { collection: COLLECTIONS.seatApplications, id: app._id },
          before: app.status,
          after: to,
          ...(input.note ? { note: input.note } : {}),
        },
      ),
    stationName
      ?.value()
      .then((name) => notifyAfterChange(ctx, app.ownerId, seatNotice({ app, event, actor, stationName: name ?? null, fields }))),
  ]);
  return toSeatView({ ...app, ...fields });
}
