import { addWorkingDays } from '../calendar/working-days';
import type { CalendarSet } from '../calendar/year-calendar';
import { addDays } from '../dates';
import { reason, type Reason } from '../reasons';
import { leaseTerm, type LeaseTerm } from './lease';
import type { UnitType } from './model';
import type { ApartmentPolicy } from './policy';

/**
 * Employer blocks (issue 14: "An employer can also apply for a block of units for its staff and then name the
 * tenants"). The employer's HR asks for N units of a type in a building for a period; the building's operator
 * allocates N units (each held for the period through the same unit periods as offers and leases, so never twice),
 * or rejects; HR then names a tenant per unit, who confirms with their identity document and gets the lease.
 */
export const BLOCK_STATUSES = [
  'pending',
  /** An operator's allocation under way: of allocations racing for one block, only the one that set this holds units. */
  'allocating',
  'allocated',
  'rejected',
  'withdrawn',
] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];

/** Units one block may ask for. */
export const MAX_BLOCK_UNITS = 50;
/** How far ahead a block may start. */
export const MAX_BLOCK_LEAD_DAYS = 180;

/** The holder of one unit of a block on the unit's periods, and the lease's `applicationId` once confirmed. */
export const blockHolderId = (blockId: string, index: number): string => `${blockId}-${index + 1}`;

export interface BlockRequest {
  policy: ApartmentPolicy;
  /** The building lists the unit type (has a rent for it). */
  buildingHasUnitType: boolean;
  /** Units of the type the building has, in service. */
  unitsOfType: number;
  units: number;
  start: string;
  months: number;
  today: string;
}

/** Every rule a block request fails, empty when it may be asked for; the period is the policy's kind of lease. */
export function blockRequestRules(input: BlockRequest): Reason[] {
  const { policy } = input;
  const reasons: Reason[] = [];
  if (!input.buildingHasUnitType) reasons.push(reason('unit-type', '该公寓没有此户型', 'This building has no units of that type'));
  else if (input.units > input.unitsOfType)
    reasons.push(reason('block-size', `该户型共有 ${input.unitsOfType} 套`, `The building has ${input.unitsOfType} units of that type`));
  if (input.start <= input.today || input.start > addDays(input.today, MAX_BLOCK_LEAD_DAYS))
    reasons.push(
      reason(
        'block-start',
        `起租日期须在明天至 ${MAX_BLOCK_LEAD_DAYS} 天内`,
        `The start must be from tomorrow to ${MAX_BLOCK_LEAD_DAYS} days ahead`,
      ),
    );
  if (input.months > policy.leaseMonths)
    reasons.push(reason('block-term', `租期不超过 ${policy.leaseMonths} 个月`, `The term is at most ${policy.leaseMonths} months`));
  return reasons;
}

/** The block's period: from its start, its months (the same calendar-month arithmetic as a lease). */
export const blockTerm = (block: { start: string; months: number }): LeaseTerm => leaseTerm(block.start, block.months);

export interface CandidateUnit {
  _id: string;
  buildingId: string;
  type: UnitType;
  status: 'available' | 'maintenance';
}

/**
 * The units an operator picks for a block, before any is held: exactly as many as asked, all different, in the
 * block's building, of its type and in service. Whether each is free for the period is decided per unit when it
 * is held (`changePeriods`), not from this read.
 */
export function allocationRules(input: {
  block: { buildingId: string; unitType: UnitType; units: number };
  unitIds: readonly string[];
  units: readonly CandidateUnit[];
}): Reason[] {
  const { block, unitIds, units } = input;
  const reasons: Reason[] = [];
  if (unitIds.length !== block.units || new Set(unitIds).size !== unitIds.length)
    reasons.push(reason('block-count', `请选择 ${block.units} 套不同的房源`, `Choose ${block.units} different units`));
  const byId = new Map(units.map((u) => [u._id, u]));
  const unfit = unitIds.filter((id) => {
    const unit = byId.get(id);
    return !unit || unit.buildingId !== block.buildingId || unit.type !== block.unitType || unit.status !== 'available';
  });
  if (unfit.length > 0)
    reasons.push(
      reason(
        'block-units',
        `以下房源不属于该公寓此户型或不可用：${unfit.join('、')}`,
        `Not units of that type in service in this building: ${unfit.join(', ')}`,
      ),
    );
  return reasons;
}

/** An allocation left `allocating` longer than this (its call crashed) is rolled back by the scheduler. */
export const STALE_ALLOCATION_MINUTES = 5;

/** Whether a block is stuck half-way through an allocation whose call is long over. */
export const isStaleAllocation = (block: { status: BlockStatus; updatedAt: Date }, now: Date): boolean =>
  block.status === 'allocating' && now.getTime() - new Date(block.updatedAt).getTime() > STALE_ALLOCATION_MINUTES * 60_000;

/** Why a unit of a block was given back: HR named nobody in time, or the named tenant did not confirm in time. */
export const BLOCK_LAPSE_REASONS = ['not-named', 'not-confirmed'] as const;
export type BlockLapseReason = (typeof BLOCK_LAPSE_REASONS)[number];

export interface LapsingUnit {
  holderId: string;
  unitId: string;
  why: BlockLapseReason;
  /** The last day it could have been named or confirmed. */
  lastDay: string;
}

/**
 * The units of an allocated block nobody acted on in time, to be given back: not named within the policy's
 * `blockNameWorkingDays` from the allocation day, or named but not confirmed within `blockConfirmWorkingDays` from
 * the (last) naming day. A day counts as passed once it is over (`lastDay < today`); confirmed units never lapse,
 * and a unit lapses once.
 */
export function lapsingBlockUnits(input: {
  block: {
    status: BlockStatus;
    allocatedOn: string | null;
    allocations: ReadonlyArray<{ holderId: string; unitId: string; namedOn: string | null; confirmed: boolean; lapsed: boolean }>;
  };
  policy: Pick<ApartmentPolicy, 'blockNameWorkingDays' | 'blockConfirmWorkingDays'>;
  today: string;
  calendars: CalendarSet;
}): LapsingUnit[] {
  const { block, policy, today, calendars } = input;
  if (block.status !== 'allocated' || !block.allocatedOn) return [];
  const nameBy = addWorkingDays({ from: block.allocatedOn, days: policy.blockNameWorkingDays, calendars }).date;
  const lapsing: LapsingUnit[] = [];
  for (const a of block.allocations) {
    if (a.confirmed || a.lapsed) continue;
    if (!a.namedOn) {
      if (nameBy < today) lapsing.push({ holderId: a.holderId, unitId: a.unitId, why: 'not-named', lastDay: nameBy });
      continue;
    }
    const confirmBy = addWorkingDays({ from: a.namedOn, days: policy.blockConfirmWorkingDays, calendars }).date;
    if (confirmBy < today) lapsing.push({ holderId: a.holderId, unitId: a.unitId, why: 'not-confirmed', lastDay: confirmBy });
  }
  return lapsing;
}

/**
 * What a block's allocation left on the units' periods: each unit with a period of one of the block's holders.
 * A stale allocation (`isStaleAllocation`) never recorded which units it held, so this is how they are found.
 */
export function blockHolds(
  block: { _id: string; units: number },
  units: ReadonlyArray<{ _id: string; periods: ReadonlyArray<{ holderId: string }> }>,
): Array<{ unitId: string; holderId: string }> {
  const holders = new Set(Array.from({ length: block.units }, (_, i) => blockHolderId(block._id, i)));
  return units.flatMap((unit) =>
    unit.periods.filter((p) => holders.has(p.holderId)).map((p) => ({ unitId: unit._id, holderId: p.holderId })),
  );
}
