import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { addDays, shanghaiDate } from '../../../core/dates';
import { ONE_PER_HOUSEHOLD, apartmentEligibility } from '../../../core/housing/eligibility';
import { earlyEnd, employerConfirmLastDay, leaseOfOffer, renewal } from '../../../core/housing/lease';
import { freeUnits } from '../../../core/housing/occupancy';
import { ACTIVE_APARTMENT_STATUSES } from '../../../core/housing/model';
import type { ApartmentApplication, ApartmentLease, ApartmentUnit, ViewingSlot } from '../../../core/housing/records';
import { livePeriods } from '../../../core/housing/unit-periods';
import { waitingPosition } from '../../../core/housing/waiting-list';
import { housingApi } from '../../../core/housing/api';
import { notEligible } from '../../../core/reasons';
import { assertOwner } from '../../../core/stays/access';
import { storedPerson } from '../../../core/stays/application';
import { loadCalendars } from '../../_shared/calendars';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { addOnce } from '../../_shared/duplicate';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { submitRecordId } from '../../_shared/idempotency';
import { endOffer } from '../../_shared/housing/lifecycle';
import {
  activeBuildings,
  applicationsOf,
  buildingNamesAndPolicies,
  bookSlot,
  findViewingSlot,
  giveLeaseNotice,
  insertApplication,
  leasesOf,
  renewLease,
  setViewingIfNone,
  unbookSlot,
  undoRenewal,
  unitsOf,
  viewingSlotId,
} from '../../_shared/housing/repository';
import {
  applicationNamed,
  changeUnit,
  findApplication,
  findApplicationOrNull,
  findBuilding,
  findEmployer,
  leaseNamed,
  policyOf,
  releaseClaim,
  releaseUnit,
  releaseViewing,
  setApplication,
  tell,
  toApartmentView,
  toBuildingView,
  waitingApplications,
  waitingEntryOf,
} from '../../_shared/housing/store';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { claimHeld, insertUnderClaim } from '../../_shared/under-claim';

/** The application a submit creates: its id derives from the caller and the requestId. */
const applicationIdOf = (ctx: Pick<ActionContext, 'submitKey'>) => submitRecordId('apt', ctx.submitKey);

const action = defineAction<ActionContext>();

/** The active buildings, each with how many of its units are free today, per unit type. */
export const buildings = action({
  ...housingApi.buildings,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(_input, ctx) {
    const today = shanghaiDate(ctx.now);
    // Every building's units at once: the list waits for one read, however many buildings the district has.
    const items = await Promise.all(
      (await activeBuildings(ctx.db)).map(async (building) => {
        const units = await unitsOf(ctx.db, building._id);
        const occupancies = units.flatMap((u) => livePeriods(u.periods, today).map((p) => ({ ...p, unitId: u._id })));
        const free = freeUnits({ units, occupancies, start: today, end: addDays(today, 1) });
        const freeCount: Partial<Record<ApartmentUnit['type'], number>> = {};
        for (const unit of units) freeCount[unit.type] = (freeCount[unit.type] ?? 0) + (free.includes(unit) ? 1 : 0);
        return { ...toBuildingView(building), freeUnits: freeCount };
      }),
    );
    return { items };
  },
  handler: prefetchedReply,
});

/**
 * A household applies for a unit type of a building. Every rule is core's (NOT_ELIGIBLE lists each one failed);
 * "one active application or lease per household" is a claim on the identity's keyed hash, taken atomically.
 * The employer named must be in the district's register; its HR is asked to confirm within the policy's working
 * days (the scheduler lapses it after).
 */
export const apply = action({
  ...housingApi.apply,
  roles: [],
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  /** The application's id derives from caller and requestId, and the claim names it: a retry is recognised there. */
  idempotent: 'by-handler',
  async replay(_input, ctx) {
    const stored = await findApplicationOrNull(ctx.db, applicationIdOf(ctx));
    return stored && toApartmentView(stored);
  },
  personalData: true,
  /** What the rules read, all at once: the building, the employer, the household's claim, the working days. */
  async prefetch(input, ctx) {
    const idHash = identityHash(input.applicant.identityDocument, ctx.config.idHashKey);
    const id = applicationIdOf(ctx);
    const [building, employer, householdHasActive, calendars] = await Promise.all([
      findBuilding(ctx.db, input.buildingId),
      findEmployer(ctx.db, input.employerCreditCode),
      claimHeld(ctx.db, {
        claims: { collection: COLLECTIONS.apartmentClaims, id: idHash },
        records: COLLECTIONS.apartmentApplications,
        holding: ACTIVE_APARTMENT_STATUSES,
        except: id,
      }),
      loadCalendars(ctx.db, ctx.now),
    ]);
    return { id, idHash, building, employer, householdHasActive, calendars };
  },
  async handler(input, ctx, { id, idHash, building, employer, householdHasActive, calendars }) {
    if (!building.active) throw new AppError('NOT_FOUND');
    const policy = policyOf(building);
    const reasons = apartmentEligibility({
      policy,
      category: input.category,
      degree: input.degree,
      employerInDistrict: Boolean(employer?.active),
      socialInsuranceInShanghai: input.socialInsuranceInShanghai,
      ownsHomeInShanghai: input.ownsHomeInShanghai,
      documents: input.documents,
      unitType: input.unitType,
      householdSize: input.householdSize,
      householdHasActive,
      buildingHasUnitType: Boolean(building.unitTypes[input.unitType]),
    });
    if (reasons.length > 0) throw notEligible(reasons);
    const today = shanghaiDate(ctx.now);
    const fresh: ApartmentApplication = {
      _id: id,
      buildingId: building._id,
      unitType: input.unitType,
      ownerId: ctx.identity.openId,
      person: storedPerson(input.applicant, sealerOf(ctx.config.pii)),
      idHash,
      householdSize: input.householdSize,
      category: input.category,
      degree: input.degree,
      employer: { creditCode: input.employerCreditCode, name: employer!.name },
      declarations: { socialInsuranceInShanghai: input.socialInsuranceInShanghai, ownsHomeInShanghai: input.ownsHomeInShanghai },
      documents: input.documents,
      status: 'awaiting-employer',
      employerDueOn: employerConfirmLastDay({ submittedOn: today, policy, calendars }).date,
      queuedAt: null,
      declines: 0,
      offer: null,
      viewing: null,
      leaseId: null,
      reason: null,
      submittedAt: ctx.now,
      updatedAt: ctx.now,
    };
    // The household's claim; a retry of this submit is answered the application its first call stored.
    const stored = await insertUnderClaim<ApartmentApplication>(ctx.db, {
      claims: { collection: COLLECTIONS.apartmentClaims, id: idHash },
      refusal: ONE_PER_HOUSEHOLD,
      record: { collection: COLLECTIONS.apartmentApplications, id },
      insert: () => insertApplication(ctx.db, fresh),
      holding: ACTIVE_APARTMENT_STATUSES,
      now: ctx.now,
    });
    const app = stored ?? fresh;
    // Every HR of the employer at once, also on a retry while HR has still to answer (a notice is queued once, by
    // its key: one the first call queued is not sent again). A notice never fails its change (`notifyAfterChange`).
    if (app.status === 'awaiting-employer') {
      await Promise.all(
        employer!.hrOpenIds.map((hr) =>
          tell(ctx, {
            recipient: hr,
            event: 'toConfirm',
            recordId: app._id,
            version: app.submittedAt,
            buildingName: building.name,
            data: { dueOn: app.employerDueOn },
          }),
        ),
      );
    }
    return toApartmentView(app);
  },
});

/** The caller's applications, each with its place on the list while waiting, and their leases. */
export const mine = action({
  ...housingApi.mine,
  roles: [],
  prefetch: (_input, ctx) => Promise.all([applicationsOf(ctx.db, ctx.identity.openId), leasesOf(ctx.db, ctx.identity.openId)]),
  async handler(_input, ctx, [apps, leases]) {
    // Every building named (for its name on the cards, and a waiting application's policy) in one query, beside the
    // list of each waiting application.
    const named = [...apps, ...leases].map((record) => record.buildingId);
    const [buildings, lists] = await Promise.all([
      buildingNamesAndPolicies(ctx.db, named),
      Promise.all(apps.map((app) => (app.status === 'waiting' ? waitingApplications(ctx.db, app.buildingId, app.unitType) : null))),
    ]);
    const buildingName = (id: string) => buildings.get(id)?.name ?? null;
    const applications = apps.map((app, i) => {
      const building = buildings.get(app.buildingId);
      const list = lists[i];
      return {
        ...toApartmentView(app),
        buildingName: buildingName(app.buildingId),
        waitingPosition: list && building ? waitingPosition(policyOf(building), list.map(waitingEntryOf), app._id) : null,
      };
    });
    return { applications, leases: leases.map((lease) => ({ ...lease, buildingName: buildingName(lease.buildingId) })) };
  },
});

/** The application its owner acts on, as read (`applicationNamed`): to anyone else it does not exist. */
function ownApplication(ctx: ActionContext, app: ApartmentApplication) {
  assertOwner(callerOf(ctx), app);
  return app;
}

const WITHDRAWABLE = ['awaiting-employer', 'waiting', 'offered'] as const;

/** The applicant withdraws before a lease: an offered unit is given back, the household may apply again. */
export const withdraw = action({
  ...housingApi.withdraw,
  roles: [],
  prefetch: applicationNamed,
  async handler(_input, ctx, read) {
    const app = ownApplication(ctx, read);
    const from = app.status;
    if (!(WITHDRAWABLE as readonly string[]).includes(from)) throw new AppError('CONFLICT');
    const fields: Partial<ApartmentApplication> = { status: 'withdrawn', offer: null, viewing: null, updatedAt: ctx.now };
    await setApplication(ctx.db, { id: app._id, from, fields });
    if (app.offer) await releaseUnit(ctx.db, { unitId: app.offer.unitId, holderId: app._id, today: shanghaiDate(ctx.now), now: ctx.now });
    await releaseViewing(ctx.db, app);
    await releaseClaim(ctx.db, app);
    return toApartmentView({ ...app, ...fields });
  },
});

/**
 * The applicant accepts the unit offered, by its last day: the application is leased (compare-and-set on its
 * status), the unit's offer period becomes the lease's (one conditional write on the unit), and the lease is made
 * from the building's rent, the policy's share and the deposit. Signing is this recorded confirmation.
 */
export const acceptOffer = action({
  ...housingApi.acceptOffer,
  roles: [],
  idempotent: true,
  prefetch: applicationNamed,
  async handler(_input, ctx, read) {
    const app = ownApplication(ctx, read);
    const today = shanghaiDate(ctx.now);
    if (app.status !== 'offered' || !app.offer || app.offer.expiresOn < today) throw new AppError('CONFLICT');
    const offer = app.offer;
    const building = await findBuilding(ctx.db, app.buildingId);
    const lease = leaseOfOffer({ app, offer, building, policy: policyOf(building), at: ctx.now });
    const fields: Partial<ApartmentApplication> = { status: 'leased', leaseId: lease._id, updatedAt: ctx.now };
    // The application first (a decline or a withdrawal racing this one: one of them wins), then the unit's period.
    await setApplication(ctx.db, { id: app._id, from: 'offered', fields });
    try {
      await changeUnit(ctx.db, { unitId: offer.unitId, change: { kind: 'accept', holderId: app._id }, today, now: ctx.now });
    } catch (error) {
      await setApplication(ctx.db, { id: app._id, from: 'leased', fields: { status: 'offered', leaseId: null, updatedAt: app.updatedAt } });
      throw error;
    }
    await addOnce(ctx.db, COLLECTIONS.apartmentLeases, lease);
    return { application: toApartmentView({ ...app, ...fields }), lease };
  },
});

/** The applicant declines the offer: back to the end of the tier or off the list, by the policy (core afterDecline). */
export const declineOffer = action({
  ...housingApi.declineOffer,
  roles: [],
  prefetch: applicationNamed,
  async handler(_input, ctx, read) {
    const app = ownApplication(ctx, read);
    if (app.status !== 'offered') throw new AppError('CONFLICT');
    const building = await findBuilding(ctx.db, app.buildingId);
    return endOffer(ctx, { app, building, why: 'declined' });
  },
});

/**
 * A viewing (看房) of the offered unit, in one of the building's slots from today to the offer's last day: the slot
 * is taken by a conditional update (`count < capacity`), so it is never overbooked; one viewing per offer.
 */
export const bookViewing = action({
  ...housingApi.bookViewing,
  roles: [],
  prefetch: applicationNamed,
  async handler(input, ctx, read) {
    const app = ownApplication(ctx, read);
    const today = shanghaiDate(ctx.now);
    if (app.status !== 'offered' || !app.offer || app.offer.expiresOn < today || app.viewing) throw new AppError('CONFLICT');
    const building = await findBuilding(ctx.db, app.buildingId);
    const pathIssue = (path: string, zh: string, en: string) =>
      new AppError('VALIDATION', { issues: [{ path, message: ctx.locale === 'en' ? en : zh }] });
    if (input.date < today || input.date > app.offer.expiresOn)
      throw pathIssue('date', '请选择配租确认期限内的日期', 'Choose a day before the offer ends');
    if (!building.viewing.times.includes(input.time)) throw pathIssue('time', '该时段不可预约', 'No viewing at that time');
    const slotId = viewingSlotId(building._id, input);
    const capacity = building.viewing.capacity;
    const slot: ViewingSlot = {
      _id: slotId,
      buildingId: building._id,
      date: input.date,
      time: input.time,
      capacity,
      count: 0,
      bookings: [],
    };
    const existing = await findViewingSlot(ctx.db, slotId);
    if (existing && existing.count >= existing.capacity) throw new AppError('NO_CAPACITY');
    if (!existing) await addOnce(ctx.db, COLLECTIONS.apartmentViewings, slot);
    if (!(await bookSlot(ctx.db, { slotId, capacity: existing?.capacity ?? capacity, applicationId: app._id })))
      throw new AppError('NO_CAPACITY');
    const viewing = { date: input.date, time: input.time };
    if (!(await setViewingIfNone(ctx.db, { id: app._id, viewing, now: ctx.now }))) {
      // This viewing already (this call's write, its reply lost, or the same tap twice): the place is its own.
      const stored = ownApplication(ctx, await findApplication(ctx.db, app._id)).viewing;
      if (stored?.date !== viewing.date || stored.time !== viewing.time) {
        await unbookSlot(ctx.db, { slotId, applicationId: app._id });
        throw new AppError('CONFLICT');
      }
    }
    const after = (await findViewingSlot(ctx.db, slotId))!;
    return {
      application: toApartmentView({ ...app, viewing, updatedAt: ctx.now }),
      slot: { date: input.date, time: input.time, booked: after.count, capacity: after.capacity },
    };
  },
});

/** The lease its tenant acts on, as read (`leaseNamed`): to anyone else it does not exist. */
function ownLease(ctx: ActionContext, lease: ApartmentLease) {
  assertOwner(callerOf(ctx), lease);
  return lease;
}

/**
 * Renewal in the policy's window before the end, up to the cumulative cap (core `renewal`): the lease is moved
 * first (on its end as read, so a renewal and a notice cannot both pass), then the unit's period is extended under
 * the unit's version; a unit already promised from the lease's end refuses, and the lease is put back.
 */
export const requestRenewal = action({
  ...housingApi.requestRenewal,
  roles: [],
  idempotent: true,
  prefetch: leaseNamed,
  async handler(_input, ctx, read) {
    const lease = ownLease(ctx, read);
    if (lease.status !== 'active') throw new AppError('CONFLICT');
    const today = shanghaiDate(ctx.now);
    const building = await findBuilding(ctx.db, lease.buildingId);
    const decision = renewal({ lease, today, policy: policyOf(building), monthsSoFar: lease.months });
    if (!decision.ok) throw notEligible(decision.reasons);
    const renewals = [...lease.renewals, { on: today, months: decision.months, end: decision.term.end }];
    const fields = { end: decision.term.end, months: lease.months + decision.months, renewals, updatedAt: ctx.now };
    if (!(await renewLease(ctx.db, { lease, fields }))) throw new AppError('CONFLICT');
    try {
      await changeUnit(ctx.db, {
        unitId: lease.unitId,
        change: { kind: 'extend', holderId: lease.applicationId, end: decision.term.end },
        today,
        now: ctx.now,
      });
    } catch (error) {
      await undoRenewal(ctx.db, { lease, renewedEnd: decision.term.end, now: ctx.now });
      throw error;
    }
    await tell(ctx, {
      recipient: lease.ownerId,
      event: 'renewed',
      recordId: lease._id,
      version: lease.updatedAt,
      buildingName: building.name,
      data: { end: decision.term.end },
    });
    return { ...lease, ...fields };
  },
});

/** Early termination with the policy's notice (core `earlyEnd`): the lease and the unit's period end on `moveOut`. */
export const giveNotice = action({
  ...housingApi.giveNotice,
  roles: [],
  prefetch: leaseNamed,
  async handler(input, ctx, read) {
    const lease = ownLease(ctx, read);
    if (lease.status !== 'active') throw new AppError('CONFLICT');
    const today = shanghaiDate(ctx.now);
    const building = await findBuilding(ctx.db, lease.buildingId);
    const reasons = earlyEnd({ lease, today, moveOut: input.moveOut, policy: policyOf(building) });
    if (reasons.length > 0) throw notEligible(reasons);
    const fields = {
      end: input.moveOut,
      status: 'ending' as const,
      notice: { givenOn: today, moveOut: input.moveOut },
      updatedAt: ctx.now,
    };
    if (!(await giveLeaseNotice(ctx.db, { lease, fields }))) throw new AppError('CONFLICT');
    await changeUnit(ctx.db, {
      unitId: lease.unitId,
      change: { kind: 'shorten', holderId: lease.applicationId, end: input.moveOut },
      today,
      now: ctx.now,
    });
    return { ...lease, ...fields };
  },
});
