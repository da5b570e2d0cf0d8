import type { ApartmentLease, ApartmentOffer, BlockAllocation } from './records';
import { livePeriods, type PeriodChange, type UnitPeriod } from './unit-periods';

/**
 * A renewal, a notice and a move-out each write the lease first and the unit's period after. One cut short between
 * the two (a crash, a timeout, a redeploy) leaves them apart, and nothing else puts them together again:
 * - a renewal leaves the unit free after the old end, so it can be offered to another household for days the
 *   tenant has leased (two households, one flat);
 * - a notice or a move-out leaves the unit taken until the old end, for nobody.
 * The lease is what its tenant was told, or was about to be; the unit's period follows it. A lease of an employer's
 * block is left alone: its holder's period is the block's, which its own sweep keeps.
 */
export type LeaseRepair =
  | { kind: 'none' }
  | {
      kind: 'change';
      change: PeriodChange;
      /** What puts the lease back when the unit refuses the change (a renewal's only). */
      undo: RenewalUndo | null;
    };

/** A renewal taken back, as `requestRenewal` does when the unit is promised from the lease's end. */
export interface RenewalUndo {
  /** The end the lease must still have (the renewal's). */
  renewedEnd: string;
  fields: Pick<ApartmentLease, 'end' | 'months' | 'renewals'>;
}

type LeaseState = Pick<ApartmentLease, 'applicationId' | 'status' | 'end' | 'months' | 'renewals' | 'blockId'>;

/** The holder's lease period on the unit, if it has one (an offer not yet accepted is not a lease's). */
export const leasePeriodOf = (periods: readonly UnitPeriod[], holderId: string): UnitPeriod | undefined =>
  periods.find((p) => p.holderId === holderId && p.kind === 'lease');

export function leaseRepair(lease: LeaseState, period: UnitPeriod | undefined): LeaseRepair {
  if (lease.blockId || !period || lease.end === period.end) return { kind: 'none' };
  const holderId = lease.applicationId;
  if (lease.end < period.end) {
    const change: PeriodChange = lease.end > period.start ? { kind: 'shorten', holderId, end: lease.end } : { kind: 'release', holderId };
    return { kind: 'change', change, undo: null };
  }
  // Longer than the unit's: only a renewal makes a lease longer, and it is its last one.
  const last = lease.renewals.at(-1);
  if (lease.status === 'ended' || !last || last.end !== lease.end) return { kind: 'none' };
  const undo: RenewalUndo = {
    renewedEnd: lease.end,
    fields: { end: period.end, months: lease.months - last.months, renewals: lease.renewals.slice(0, -1) },
  };
  return { kind: 'change', change: { kind: 'extend', holderId, end: lease.end }, undo };
}

/**
 * An accept writes the application (`leased`), then the unit's period (offer → lease), then the lease. Cut short
 * before the lease, the household is `leased` with no lease to sign or move into; nothing retries (the action
 * answers CONFLICT once the application is `leased`). While the unit still holds the holder's period, a lease or
 * an offer not lapsed, the accept is finished; otherwise the unit may be someone else's now, and the application
 * goes back to `offered`, whose lapse then ends it as the offer's would.
 */
export const acceptRepair = (input: { holderId: string; periods: readonly UnitPeriod[]; today: string }): 'finish' | 'undo' =>
  livePeriods(input.periods, input.today).some((p) => p.holderId === input.holderId) ? 'finish' : 'undo';

/**
 * An offer writes the application (`offered`), then the unit's period. Cut short between, the household holds an
 * offer its unit does not: its accept is refused, and the offer's lapse would count as its decline. While the
 * offer is open (its last day not past) and the unit holds nothing of it, the application goes back to the list,
 * as `offer` puts it back when the unit refuses (no decline counted). An offer past its last day is the housing
 * sweep's to lapse, as any.
 */
export const offerRepair = (input: {
  holderId: string;
  offer: Pick<ApartmentOffer, 'expiresOn'>;
  periods: readonly UnitPeriod[];
  today: string;
}): 'none' | 'back-to-list' =>
  input.offer.expiresOn >= input.today && !livePeriods(input.periods, input.today).some((p) => p.holderId === input.holderId)
    ? 'back-to-list'
    : 'none';

/** What the unit's offer periods are checked against: each holder's application as stored. */
export interface OfferHolder {
  status: string;
  /** The unit its current offer is for, if it holds one. */
  offerUnitId: string | null;
  /** Its last change is older than the grace: no change of it can still be on its way to the unit. */
  settled: boolean;
}

/**
 * A decline, a withdrawal or a lapse writes the application, then gives the unit back. Cut short between, the unit
 * keeps the offer for nobody until its last day (up to the policy's `offerDays`), and the household itself cannot be
 * offered that unit again meanwhile. The unit's live offers whose holder is no longer offered this unit, once that
 * holder's change has settled, are given back; a holder with no application is left alone.
 */
export const strayOffers = (input: {
  unitId: string;
  periods: readonly UnitPeriod[];
  holders: ReadonlyMap<string, OfferHolder>;
  today: string;
}): string[] =>
  livePeriods(input.periods, input.today)
    .filter((p) => p.kind === 'offer')
    .map((p) => p.holderId)
    .filter((id) => {
      const holder = input.holders.get(id);
      return holder !== undefined && holder.settled && !(holder.status === 'offered' && holder.offerUnitId === input.unitId);
    });

/** What a viewing slot's bookings are checked against: each booker's application as stored. */
export interface ViewingHolder {
  status: string;
  /** The slot its application names (`viewingSlotId`), if any. */
  slotId: string | null;
  /** Its last change is older than the grace: no change of it can still be on its way to the slot. */
  settled: boolean;
}

/**
 * A decline, a withdrawal or a lapse clears the application's viewing, then gives the slot's place back; a booking
 * takes the place, then names it on the application. Cut short between, the place is held for nobody, and with the
 * usual capacity of 1 the next household offered is refused the slot. A booking is given back once its holder's
 * change has settled and the application names another slot or none; except an offered one naming none, which may
 * be a booking on its way (its place goes when the offer ends). A booker with no application is left alone.
 */
export const strayViewings = (input: {
  slotId: string;
  bookings: readonly string[];
  holders: ReadonlyMap<string, ViewingHolder>;
}): string[] =>
  input.bookings.filter((id) => {
    const holder = input.holders.get(id);
    if (holder === undefined || !holder.settled || holder.slotId === input.slotId) return false;
    return !(holder.status === 'offered' && holder.slotId === null);
  });

/**
 * A block tenant's confirmation writes the block (the unit confirmed, its lease named), then the lease. Cut short
 * between, the tenant has no lease, and their code answers CONFLICT (the unit is confirmed). The allocations
 * confirmed whose named lease is not stored (`leased`: the lease ids that are), not lapsed since, are to be finished.
 */
export const confirmedWithoutLease = (allocations: readonly BlockAllocation[], leased: ReadonlySet<string>): BlockAllocation[] =>
  allocations.filter((a) => a.ownerId && a.leaseId && a.confirmedAt && a.tenant && !a.lapsed && !leased.has(a.leaseId));
