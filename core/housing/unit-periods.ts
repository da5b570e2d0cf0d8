import { reason, type Reason } from '../reasons';
import { clashesWith } from './occupancy';

/**
 * A period a unit is taken, as the unit document stores it (`apartment_units.periods`): an offer until it is
 * accepted (then the lease, same holder), or a lease. `holderId` is the application; an offer's period stops
 * counting after `expiresOn` (the last day it may be accepted), so a lapsed offer never blocks the unit.
 */
export interface UnitPeriod {
  start: string;
  end: string;
  holderId: string;
  kind: 'offer' | 'lease';
  /** Offers only: the last day it may be accepted (included). */
  expiresOn: string | null;
}

/** A change one decision makes to a unit's periods; decided against the unit as read, written conditionally. */
export type PeriodChange =
  | { kind: 'offer'; holderId: string; start: string; end: string; expiresOn: string }
  /** A unit of an employer's block: taken for the block's period at once, as a lease (no offer to accept). */
  | { kind: 'hold'; holderId: string; start: string; end: string }
  | { kind: 'accept'; holderId: string }
  | { kind: 'extend'; holderId: string; end: string }
  | { kind: 'shorten'; holderId: string; end: string }
  | { kind: 'release'; holderId: string };

export type PeriodDecision = { ok: true; periods: UnitPeriod[] } | { ok: false; reasons: Reason[] };

/** The periods that still take the unit on `today`: leases, and offers not yet lapsed. */
export const livePeriods = (periods: readonly UnitPeriod[], today: string): UnitPeriod[] =>
  periods.filter((p) => p.kind === 'lease' || (p.expiresOn !== null && p.expiresOn >= today));

const taken = reason('unit-taken', '该房源在所选期间已被占用', 'The unit is taken for part of that period');
const noHold = reason('no-hold', '找不到该申请在此房源上的占用', 'This application holds nothing on that unit');

/**
 * Applies one change to a unit's periods, or refuses it: an offer or an extension must not clash (core's
 * `clashesWith`, half-open days) with any live period of another holder; accepting needs the holder's own live
 * offer. Lapsed offers are dropped from what is written, so the document does not grow without end.
 * A change the holder's period already shows (the same offer or hold, an offer accepted, the end extended to) is
 * made, with nothing to change: the write that made it was applied though its reply was lost, and the unit is read
 * again and decided again (`changeUnit`). Each caller changes the application or lease first, by compare-and-set,
 * so no second call for the same holder gets here.
 */
export function changePeriods(input: {
  unitId: string;
  periods: readonly UnitPeriod[];
  change: PeriodChange;
  today: string;
}): PeriodDecision {
  const { unitId, change, today } = input;
  const live = livePeriods(input.periods, today);
  const clashes = (start: string, end: string) =>
    clashesWith(
      live.map((p) => ({ unitId, start: p.start, end: p.end, holderId: p.holderId })),
      { unitId, start, end, holderId: change.holderId },
    ).length > 0;
  const own = live.find((p) => p.holderId === change.holderId);
  const others = live.filter((p) => p.holderId !== change.holderId);
  const unchanged: PeriodDecision = { ok: true, periods: live };
  switch (change.kind) {
    case 'offer': {
      if (own?.kind === 'offer' && own.start === change.start && own.end === change.end && own.expiresOn === change.expiresOn)
        return unchanged;
      if (own || clashes(change.start, change.end)) return { ok: false, reasons: [own ? noHold : taken] };
      const period: UnitPeriod = {
        start: change.start,
        end: change.end,
        holderId: change.holderId,
        kind: 'offer',
        expiresOn: change.expiresOn,
      };
      return { ok: true, periods: [...live, period] };
    }
    case 'hold': {
      if (own?.kind === 'lease' && own.start === change.start && own.end === change.end) return unchanged;
      if (own || clashes(change.start, change.end)) return { ok: false, reasons: [own ? noHold : taken] };
      const period: UnitPeriod = { start: change.start, end: change.end, holderId: change.holderId, kind: 'lease', expiresOn: null };
      return { ok: true, periods: [...live, period] };
    }
    case 'accept':
      if (own?.kind === 'lease') return unchanged;
      if (!own || own.kind !== 'offer') return { ok: false, reasons: [noHold] };
      return { ok: true, periods: [...others, { ...own, kind: 'lease', expiresOn: null }] };
    case 'extend':
      if (own?.kind === 'lease' && own.end === change.end) return unchanged;
      if (!own || own.kind !== 'lease' || change.end <= own.end) return { ok: false, reasons: [noHold] };
      if (clashes(own.end, change.end)) return { ok: false, reasons: [taken] };
      return { ok: true, periods: [...others, { ...own, end: change.end }] };
    case 'shorten':
      if (!own || change.end <= own.start || change.end > own.end) return { ok: false, reasons: [noHold] };
      return { ok: true, periods: [...others, { ...own, end: change.end }] };
    case 'release':
      return { ok: true, periods: others };
  }
}

/** Pairs of stored periods of different holders that overlap: what must never exist (the race test's check). */
export function overlappingPairs(periods: readonly UnitPeriod[]): Array<[UnitPeriod, UnitPeriod]> {
  const live = periods;
  const pairs: Array<[UnitPeriod, UnitPeriod]> = [];
  live.forEach((a, i) =>
    live.slice(i + 1).forEach((b) => {
      if (a.holderId !== b.holderId && a.start < b.end && b.start < a.end) pairs.push([a, b]);
    }),
  );
  return pairs;
}
