import { addWorkingDays } from '../calendar/working-days';
import type { CalendarSet } from '../calendar/year-calendar';
import { addDays, addMonths, daysBetween } from '../dates';
import { reason, type Reason } from '../reasons';
import type { UnitType } from './model';
import type { ApartmentPolicy } from './policy';
import type { ApartmentApplication, ApartmentBlock, ApartmentBuilding, ApartmentLease, ApartmentOffer, BlockAllocation } from './records';

/** A lease's dates: `start` is the move-in day, `end` the move-out day (the first day not leased). */
export interface LeaseTerm {
  start: string;
  end: string;
}

/** `months` calendar months from `start` (Jan 31 + 1 month ends on Feb 28, dayjs's clamping). */
export const leaseTerm = (start: string, months: number): LeaseTerm => ({ start, end: addMonths(start, months) });

/** The rent the tenant pays: the listed rent times the policy's share, in whole yuan. */
export const tenantRent = (listedMonthlyRent: number, policy: ApartmentPolicy): number => Math.round(listedMonthlyRent * policy.rentShare);

/** The last day an offer made on `offeredOn` may be accepted (included). */
export const offerLastDay = (offeredOn: string, policy: ApartmentPolicy): string => addDays(offeredOn, policy.offerDays);

/**
 * The first day of the lease an automatic offer made on `offeredOn` is for: the day after the offer's last day, so
 * that a household never pays for days before it could accept (an operator chooses the start of their own offers).
 */
export const autoOfferStart = (offeredOn: string, policy: ApartmentPolicy): string => addDays(offerLastDay(offeredOn, policy), 1);

/** The last day the employer may confirm employment (included); provisional in a year with no calendar. */
export const employerConfirmLastDay = (input: { submittedOn: string; policy: ApartmentPolicy; calendars: CalendarSet }) =>
  addWorkingDays({ from: input.submittedOn, days: input.policy.employerConfirmWorkingDays, calendars: input.calendars });

export type RenewalDecision = { ok: true; months: number; term: LeaseTerm } | { ok: false; reasons: Reason[] };

/**
 * A renewal asked for on `today`: only within the window before the end (the end day itself is too late), and for
 * the policy's term cut down to what the cumulative cap leaves; nothing left → refused.
 */
export function renewal(input: { lease: LeaseTerm; today: string; policy: ApartmentPolicy; monthsSoFar: number }): RenewalDecision {
  const { lease, today, policy, monthsSoFar } = input;
  const daysLeft = daysBetween(today, lease.end);
  if (daysLeft <= 0 || daysLeft > policy.renewalWindowDays) {
    return {
      ok: false,
      reasons: [
        reason(
          'renewal-window',
          `续租须在租约到期前 ${policy.renewalWindowDays} 天内申请`,
          `Renewal can be asked for within ${policy.renewalWindowDays} days before the lease ends`,
        ),
      ],
    };
  }
  const months = Math.min(policy.leaseMonths, policy.maxCumulativeMonths - monthsSoFar);
  if (months <= 0) {
    return {
      ok: false,
      reasons: [
        reason(
          'cumulative-cap',
          `累计租期已达上限 ${policy.maxCumulativeMonths} 个月`,
          `The cumulative lease limit of ${policy.maxCumulativeMonths} months is reached`,
        ),
      ],
    };
  }
  // Whole months from the start, as the lease itself runs: a month end a short month clamped (31 August + 6 months
  // is 28 February) is not carried on into the renewal (to 28 August instead of 31 August).
  const onCalendar = addMonths(lease.start, monthsSoFar) === lease.end;
  const end = onCalendar ? addMonths(lease.start, monthsSoFar + months) : addMonths(lease.end, months);
  return { ok: true, months, term: { start: lease.end, end } };
}

/**
 * Early termination given on `today` with `moveOut` as the first day no longer leased: at least the notice period
 * ahead, after the move-in day, and before the lease's own end.
 */
export function earlyEnd(input: { lease: LeaseTerm; today: string; moveOut: string; policy: ApartmentPolicy }): Reason[] {
  const { lease, today, moveOut, policy } = input;
  if (moveOut <= lease.start || moveOut >= lease.end) {
    return [reason('move-out-in-lease', '退租日期须在租期之内', 'The move-out day must fall within the lease')];
  }
  if (daysBetween(today, moveOut) < policy.noticeDays) {
    return [
      reason(
        'notice-period',
        `提前退租须至少提前 ${policy.noticeDays} 天告知`,
        `Early termination needs at least ${policy.noticeDays} days' notice`,
      ),
    ];
  }
  return [];
}

/** Reminder days before a lease ends (the 60 and 30), as the dates they fall on. */
export const leaseReminderDates = (lease: LeaseTerm, daysBefore: readonly number[] = [60, 30]): string[] =>
  daysBefore.map((d) => addDays(lease.end, -d));

/** A lease's id: one per application, so that a lease written twice is one lease. */
export const leaseIdOf = (applicationId: string): string => `lease-${applicationId}`;

/** What a new lease is made of; the rest is what every lease starts with. */
export interface NewLease {
  /** The application, or the block unit's holder id, the lease is for: its id follows (`leaseIdOf`). */
  holderId: string;
  ownerId: string;
  buildingId: string;
  unitId: string;
  unitType: UnitType;
  tenantName: string;
  term: LeaseTerm;
  months: number;
  building: Pick<ApartmentBuilding, 'unitTypes'>;
  policy: ApartmentPolicy;
  /** When it was signed (the offer accepted, the block's tenant confirmed). */
  at: Date;
}

/** A lease as signed: the rent the policy's share of the unit type's listing, nothing renewed, given or recorded yet. */
export function newLease(input: NewLease): ApartmentLease {
  const spec = input.building.unitTypes[input.unitType];
  return {
    _id: leaseIdOf(input.holderId),
    applicationId: input.holderId,
    ownerId: input.ownerId,
    buildingId: input.buildingId,
    unitId: input.unitId,
    unitType: input.unitType,
    tenantName: input.tenantName,
    start: input.term.start,
    end: input.term.end,
    monthlyRent: tenantRent(spec?.monthlyRent ?? 0, input.policy),
    deposit: spec?.deposit ?? 0,
    months: input.months,
    status: 'active',
    renewals: [],
    notice: null,
    moveIn: null,
    moveOut: null,
    signedAt: input.at,
    updatedAt: input.at,
  };
}

/**
 * The lease an accepted offer makes, signed `at` the acceptance: by `acceptOffer`, or by the scheduler when the
 * accept was cut short before the lease was written (cloudfunctions/_shared/housing/repairs.ts).
 */
export const leaseOfOffer = (input: {
  app: Pick<ApartmentApplication, '_id' | 'ownerId' | 'buildingId' | 'unitType' | 'person'>;
  offer: ApartmentOffer;
  building: Pick<ApartmentBuilding, 'unitTypes'>;
  policy: ApartmentPolicy;
  at: Date;
}): ApartmentLease =>
  newLease({
    holderId: input.app._id,
    ownerId: input.app.ownerId,
    buildingId: input.app.buildingId,
    unitId: input.offer.unitId,
    unitType: input.app.unitType,
    tenantName: input.app.person.name,
    term: input.offer,
    months: input.policy.leaseMonths,
    building: input.building,
    policy: input.policy,
    at: input.at,
  });

/**
 * The lease of a unit of an employer's block, confirmed by its named tenant (`ownerId`) `at`: for the block's period,
 * in the tenant's name. By `confirmTenancy`, or by the scheduler when the confirmation was cut short before the lease.
 */
export const leaseOfBlockUnit = (input: {
  block: Pick<ApartmentBlock, '_id' | 'buildingId' | 'unitType' | 'start' | 'end' | 'months'>;
  allocation: Pick<BlockAllocation, 'holderId' | 'unitId'>;
  /** The tenant HR named, and who confirmed. */
  tenantName: string;
  ownerId: string;
  building: Pick<ApartmentBuilding, 'unitTypes'>;
  policy: ApartmentPolicy;
  at: Date;
}): ApartmentLease => ({
  ...newLease({
    holderId: input.allocation.holderId,
    ownerId: input.ownerId,
    buildingId: input.block.buildingId,
    unitId: input.allocation.unitId,
    unitType: input.block.unitType,
    tenantName: input.tenantName,
    term: input.block,
    months: input.block.months,
    building: input.building,
    policy: input.policy,
    at: input.at,
  }),
  signature: null,
  blockId: input.block._id,
});
