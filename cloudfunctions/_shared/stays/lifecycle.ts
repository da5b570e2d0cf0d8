import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract';
import { waitlistCandidates } from '../../../core/capacity/waitlist';
import { addDays, shanghaiDate } from '../../../core/dates';
import { toStayView } from '../../../core/stays/application';
import { heldDates, releasesOf } from '../../../core/stays/holds';
import { ACTIVE_STAY_STATUSES, type StayApplication } from '../../../core/stays/model';
import { resolveStayPolicy } from '../../../core/stations/policy';
import { stayNotice } from '../../../core/stays/notices';
import { nextStayStatus, type Actor, type StayEvent } from '../../../core/stays/state';
import { recordAudit } from '../audit';
import { holdDates, releaseDates } from '../capacity';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { notifyAfterChange, stationNameOf } from '../notify';
import type { Station } from '../../../core/stations/model';
import { findStation } from '../stations';
import { claimPerson, dropNewClaim, releasePerson } from './claims';
import { findStayOrNull, insertStay, listStays, setStay } from './repository';
import { isDuplicateWrite } from '../duplicate';
import { stillProcessing } from '../idempotency';
import { settleAll, settled } from '../side-by-side';

const NIGHTS = 'stay_nights' as const;

/**
 * Stores a new application: claims the person, writing the submit's pending record on the claim in the same write,
 * holds the nights (or, when full and the applicant asked, waitlists it), inserts it: three writes. Any failure
 * undoes what was done before it, so a refused submit holds nothing; a submit killed midway is undone by the
 * scheduler from the pending record on its claim (scheduler/recover-submits.ts).
 * The application's `_id` derives from the caller and the request id, so a retried submit is recognised by the
 * database itself: at the person's claim (already this application's: the first call is at work, died, or stored
 * it) or at the insert (the id exists); it then answers the stored application, or CONFLICT while there is none
 * yet. Nothing is created twice.
 * A write whose reply was lost (a dropped connection, a timeout) may have been applied: each step tells its own
 * write from another's (claims.ts, capacity.ts), an insert that failed is looked for before anything is undone, and
 * the nights are given back whenever they were asked for (a release is conditional on the holder: a no-op if the
 * hold was never applied).
 */
export async function submitStay(ctx: ActionContext, input: { station: Station; app: StayApplication; joinWaitlist: boolean }) {
  const { db } = ctx;
  let app = input.app;
  const dates = heldDates(app.held);
  const pending = {
    kind: 'stay' as const,
    id: app._id,
    program: app.program,
    stationId: app.stationId,
    dates,
    at: ctx.now,
    call: randomUUID(),
  };
  let claim: Awaited<ReturnType<typeof claimPerson>> | null = null;
  let holding = false;
  let inserting = false;
  try {
    claim = await claimPerson(db, { idHash: app.idHash, program: app.program, applicationId: app._id, pending });
    if (claim === 'replay') return await replayStay(db, app._id);
    holding = true;
    const held = await holdDates(db, {
      collection: NIGHTS,
      stationId: app.stationId,
      dates,
      n: 1,
      capacity: input.station.beds,
      holder: app._id,
      now: ctx.now,
    });
    if (!held) {
      holding = false;
      if (!input.joinWaitlist) throw new AppError('NO_CAPACITY');
      app = { ...app, status: 'waitlisted', held: null };
    }
    inserting = true;
    await insertStay(db, app);
  } catch (error) {
    // Stored and active: this call's own insert, its reply lost (a retry while the application is active stops at
    // the claim, 'replay'). It holds what this call took: nothing is undone.
    const stored = inserting ? await findStayOrNull(db, app._id) : null;
    if (stored && ACTIVE_STAY_STATUSES.includes(stored.status)) return toStayView(stored);
    if (holding) await releaseDates(db, { collection: NIGHTS, stationId: app.stationId, dates, n: 1, holder: app._id });
    // A refusal leaves the person's claims as they were: a claim this call created goes (found by fuzzing).
    if (claim === 'created') await dropNewClaim(db, { idHash: app.idHash, applicationId: app._id });
    else if (claim === 'claimed')
      await releasePerson(db, { idHash: app.idHash, program: app.program, applicationId: app._id, returnFreeStay: true });
    // Stored and closed: a retry of a submit whose application was since cancelled (or rejected…) answers it.
    if (stored) return toStayView(stored);
    if (isDuplicateWrite(error)) return replayStay(db, app._id);
    throw error;
  }
  // The pending record stays on the claim: the scheduler drops it once the grace has passed (no write on the hot path).
  return toStayView(app);
}

/** The answer to a retried submit: the application it created, or CONFLICT while that call is still at work. */
async function replayStay(db: ActionContext['db'], id: string) {
  const found = await findStayOrNull(db, id);
  if (!found) {
    throw stillProcessing();
  }
  return toStayView(found);
}

/**
 * One status change: decided by core (who may, from which status), written as a compare-and-set, then what it
 * frees is released — nights (offered on to the waitlist) and the person's claim — an operator's change is
 * written to the audit log, and the owner is told. What follows the write goes side by side: none of it depends
 * on the rest, and each is done once the change is, whatever becomes of the others.
 */
export async function changeStay(
  ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>,
  input: { app: StayApplication; event: StayEvent; actor: Actor; fields?: Partial<StayApplication>; note?: Record<string, unknown> },
) {
  const { db, now } = ctx;
  const { app, event, actor } = input;
  const to = nextStayStatus({ status: app.status, event, actor });
  const frees = releasesOf({ app, from: app.status, to, today: shanghaiDate(now) });
  const fields: Partial<StayApplication> = { ...input.fields, status: to, held: frees.held, updatedAt: now };
  // The station's name, for the owner's notice, is read while the change is written.
  const stationName = stayNotice({ app, event, stationName: null }) ? settled(() => stationNameOf(db, app.stationId)) : null;
  await setStay(db, { id: app._id, from: app.status, fields });
  // Who waits is read while the nights go back: the offers need the nights, not the reading.
  const waiting = frees.nights.length > 0 ? settled(() => waitlistedAt(db, app.stationId)) : null;
  await settleAll([
    frees.nights.length > 0 &&
      releaseDates(db, { collection: NIGHTS, stationId: app.stationId, dates: frees.nights, n: 1, holder: app._id }),
    frees.releaseClaim &&
      releasePerson(db, { idHash: app.idHash, program: app.program, applicationId: app._id, returnFreeStay: frees.returnFreeStay }),
    actor !== 'owner' &&
      recordAudit(
        { ...ctx, action: `stays.${event}` },
        {
          target: { collection: COLLECTIONS.stayApplications, id: app._id },
          before: app.status,
          after: to,
          ...(input.note ? { note: input.note } : {}),
        },
      ),
    // Whoever submitted the application (applicant, or the employer of a guest) is told.
    stationName?.value().then((name) => notifyAfterChange(ctx, app.ownerId, stayNotice({ app, event, stationName: name ?? null, fields }))),
  ]);
  // An application the operator just put on the waitlist is not offered back the nights it gave up.
  if (waiting)
    await offerFreedNights(ctx, app.stationId, {
      waitlisted: (await waiting.value()) ?? [],
      skipId: event === 'waitlist' ? app._id : undefined,
    });
  return toStayView({ ...app, ...fields });
}

/** A station's waitlist, first submitted first: the page `offerFreedNights` offers freed nights to. */
const waitlistedAt = async (db: ActionContext['db'], stationId: string) =>
  (await listStays(db, { where: { stationId, status: 'waitlisted' }, order: 'asc', page: 0, pageSize: 20 })).items;

/**
 * Offers a station's waitlist the nights free now, first submitted first: after its beds were raised (admin
 * `setCapacity`), which frees nights as a release does; otherwise new applicants would take them past the waitlist.
 */
export async function offerWaitlist(ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>, stationId: string) {
  await offerFreedNights(ctx, stationId, { waitlisted: await waitlistedAt(ctx.db, stationId) });
}

/**
 * When nights free up, the station's waitlist (`waitlistedAt`, one page) is offered them in order (first submitted
 * first): each candidate whose nights can now all be held gets them, and 24 hours (policy) to confirm.
 */
export async function offerFreedNights(
  ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>,
  stationId: string,
  { waitlisted, skipId }: { waitlisted: readonly StayApplication[]; skipId?: string },
) {
  const { db, now } = ctx;
  const items = waitlisted.filter((a) => a._id !== skipId);
  if (items.length === 0) return;
  const station = await findStation(db, stationId);
  if (!station) return;
  const policy = resolveStayPolicy(station.stayPolicy);
  const earliest = addDays(shanghaiDate(now), policy.minDaysAhead);
  const candidates = waitlistCandidates(
    items.map((a) => ({ ...a, firstDate: a.checkIn })),
    earliest,
  );
  for (const app of candidates) {
    const held = { first: app.checkIn, end: addDays(app.checkIn, app.nights) };
    const dates = heldDates(held);
    if (!(await holdDates(db, { collection: NIGHTS, stationId, dates, n: 1, capacity: station.beds, holder: app._id, now }))) continue;
    const to = nextStayStatus({ status: 'waitlisted', event: 'offer', actor: 'system' });
    const fields = { status: to, held, offerExpiresAt: new Date(now.getTime() + policy.offerHours * 3_600_000), updatedAt: now };
    try {
      await setStay(db, { id: app._id, from: 'waitlisted', fields });
    } catch {
      // Cancelled or rejected meanwhile: give the nights back for the next candidate.
      await releaseDates(db, { collection: NIGHTS, stationId, dates, n: 1, holder: app._id });
      continue;
    }
    await notifyAfterChange(ctx, app.ownerId, stayNotice({ app, event: 'offer', stationName: station.name, fields }));
  }
}
