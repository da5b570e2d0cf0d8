import type { StayApplication } from '../stays/model';
import type { SeatApplication } from '../workspaces/model';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula: names and other text
 * people typed are prefixed with an apostrophe so that they stay text (OWASP "CSV injection").
 */
export const asText = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export const STAY_HEADERS = [
  'id',
  'type',
  'status',
  'name',
  'phone',
  'idKind',
  'idNumber',
  'university',
  'checkIn',
  'nights',
  'pickup',
  'submittedAt',
  'reason',
];

/** One stay per row, with the masked numbers lists show (never the sealed ones). */
export const stayRow = (app: StayApplication): unknown[] => [
  app._id,
  app.type,
  app.status,
  asText(app.person.name),
  app.person.phoneMasked,
  app.person.idKind,
  app.person.idMasked,
  asText(app.facts.university ?? null),
  app.checkIn,
  app.nights,
  app.pickup ? `${app.pickup.place} ${app.pickup.number}` : null,
  app.submittedAt,
  asText(app.reason),
];

export const SEAT_HEADERS = [
  'id',
  'status',
  'team',
  'leader',
  'phone',
  'members',
  'seats',
  'months',
  'startDate',
  'endDate',
  'seatNumbers',
  'referredTo',
  'submittedAt',
  'reason',
];

export const seatRow = (app: SeatApplication): unknown[] => [
  app._id,
  app.status,
  asText(app.team.name),
  asText(app.team.leader.name),
  app.team.leader.phoneMasked,
  app.team.members.length,
  app.seats,
  app.months,
  app.startDate,
  app.endDate,
  app.seatNumbers.join(' '),
  asText(app.referredTo),
  app.submittedAt,
  asText(app.reason),
];
