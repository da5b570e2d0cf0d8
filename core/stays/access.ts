import { AppError } from '../contract/errors';
import type { Role } from '../roles';

export interface Caller {
  openId: string;
  roles: readonly Role[];
  stationId: string | null;
}

/** Operators act on their own station only; admins on any. Anyone else: FORBIDDEN. */
export function assertStationStaff(caller: Caller, stationId: string): void {
  if (caller.roles.includes('admin')) return;
  if (caller.roles.includes('operator') && caller.stationId === stationId) return;
  throw new AppError('FORBIDDEN');
}

/**
 * Who may see personal data in clear (DESIGN.md: "only an operator of the station"): an operator of the record's
 * own station. Admins are not, unless they are also that station's operator.
 */
export function assertStationOperator(caller: Caller, stationId: string): void {
  if (caller.roles.includes('operator') && caller.stationId === stationId) return;
  throw new AppError('FORBIDDEN');
}

/** The station an operator's list is for: their own; an admin must name one. */
export function staffStation(caller: Caller, requested: string | undefined): string {
  const stationId = requested ?? caller.stationId;
  if (!stationId) throw new AppError('VALIDATION', { issues: [{ path: 'stationId', message: 'stationId' }] });
  assertStationStaff(caller, stationId);
  return stationId;
}

/**
 * Who may read an application: its owner, and staff of its station. To anyone else it does not exist
 * (NOT_FOUND, so ids cannot be probed).
 */
export function assertMayView(caller: Caller, record: { ownerId: string; stationId: string }): void {
  if (record.ownerId === caller.openId) return;
  try {
    assertStationStaff(caller, record.stationId);
  } catch {
    throw new AppError('NOT_FOUND');
  }
}

/** Only the owner acts as the applicant; to anyone else the application does not exist. */
export function assertOwner(caller: Caller, record: { ownerId: string }): void {
  if (record.ownerId !== caller.openId) throw new AppError('NOT_FOUND');
}
