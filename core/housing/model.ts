import type { LocalizedText } from '../contract/locale';

/** Unit types of a talent apartment building; how many people each may house is policy (`maxHousehold`). */
export const UNIT_TYPES = ['studio', 'one-room', 'two-rooms'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABELS: Record<UnitType, LocalizedText> = {
  studio: { 'zh-CN': '单间', en: 'Studio' },
  'one-room': { 'zh-CN': '一室户', en: 'One room' },
  'two-rooms': { 'zh-CN': '两室户', en: 'Two rooms' },
};

/**
 * An apartment application's life: the employer confirms employment first, then the applicant waits on the list
 * of one building and unit type until a unit is offered; accepting the offer makes the lease.
 */
export const APARTMENT_STATUSES = [
  'awaiting-employer',
  'employer-denied',
  'lapsed',
  'waiting',
  'offered',
  'leased',
  /** The lease ended and the tenant moved out. */
  'ended',
  'withdrawn',
  'removed',
] as const;
export type ApartmentStatus = (typeof APARTMENT_STATUSES)[number];

/** States that count as "the household's one active application or lease". */
export const ACTIVE_APARTMENT_STATUSES: readonly ApartmentStatus[] = ['awaiting-employer', 'waiting', 'offered', 'leased'];

export const LEASE_STATUSES = ['active', 'ending', 'ended'] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];

/** A period a unit is taken, by a lease or a pending offer: `start` included, `end` excluded (the move-out day). */
export interface Occupancy {
  unitId: string;
  start: string;
  end: string;
  /** The application or lease holding the unit: an offer renewed to the same holder is not a clash. */
  holderId: string;
}
