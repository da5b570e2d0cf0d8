import { addWorkingDays, endOfShanghaiDay, shanghaiDateOf, type CalendarSet, type IsoDate } from '../calendar';
import type { ServiceRequest } from './request';
import { OPEN_FOR_UNIT } from './statuses';

export interface Deadline {
  dueAt: Date;
  dueDate: IsoDate;
  provisional: boolean;
}

/**
 * The deadline `workingDays` after `from` (a dispatch, a reopen, or the previous deadline for an extension):
 * the end (23:59:59.999 Asia/Shanghai) of the N-th working day after the Shanghai date of `from`. The day of
 * dispatch never counts, whatever time it happened.
 */
export function deadlineFor(input: { from: Date | IsoDate; workingDays: number; calendars: CalendarSet }): Deadline {
  const fromDate = typeof input.from === 'string' ? input.from : shanghaiDateOf(input.from);
  const { date, provisional } = addWorkingDays({ from: fromDate, days: input.workingDays, calendars: input.calendars });
  return { dueAt: endOfShanghaiDay(date), dueDate: date, provisional };
}

/** What a new deadline (dispatch, reopen, granted extension) sets on a request: it is due anew, owes a fresh
 * reminder, and is no longer overdue. */
export const deadlineFields = (deadline: Deadline) => ({
  dueAt: deadline.dueAt,
  dueDate: deadline.dueDate,
  dueProvisional: deadline.provisional,
  reminderPending: true,
  overdue: false,
});

type Timed = Pick<ServiceRequest, 'status' | 'dueAt'>;

/** Past its deadline while the unit still owes work. Exactly at `dueAt` it is still on time. */
export const isOverdue = (input: { request: Timed; now: Date }): boolean =>
  OPEN_FOR_UNIT.includes(input.request.status) && input.request.dueAt !== null && input.now.getTime() > input.request.dueAt.getTime();

/**
 * Not yet overdue, and due today or on the next working day (Shanghai): the handler's reminder is due. On a
 * Friday a deadline on Monday qualifies; on a day off, so does one on the next working day.
 */
export function isDueWithinOneWorkingDay(input: { request: Timed; now: Date; calendars: CalendarSet }): boolean {
  const { request, now, calendars } = input;
  if (!OPEN_FOR_UNIT.includes(request.status) || request.dueAt === null || isOverdue({ request, now })) return false;
  return request.dueAt.getTime() <= reminderHorizon({ now, calendars }).getTime();
}

/** Every deadline up to this instant is within one working day of `now`: the scheduler queries with it. */
export const reminderHorizon = (input: { now: Date; calendars: CalendarSet }): Date =>
  deadlineFor({ from: input.now, workingDays: 1, calendars: input.calendars }).dueAt;

/** Resolved and unrated for `days` calendar days (exactly `days` × 24 h counts). */
export const isDueForAutoClose = (input: { request: Pick<ServiceRequest, 'status' | 'resolvedAt'>; now: Date; days: number }): boolean =>
  input.request.status === 'resolved' &&
  input.request.resolvedAt !== null &&
  input.now.getTime() - input.request.resolvedAt.getTime() >= input.days * 24 * 60 * 60 * 1000;
