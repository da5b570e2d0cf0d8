import { calendarSet, shanghaiDateOf, workingDaysBetween, type CalendarSet } from '@core/calendar';
import { SHIPPED_CALENDARS } from '@core/calendar/years';
import { isOverdue, reminderHorizon } from '@core/requests/deadline';
import type { RequestItem } from './staff-api';

/**
 * The board's sorting of open requests by deadline. Counted with the calendars shipped with the app (a year not
 * shipped counts plain weekdays); the server's `overdue` flag and deadlines are what count for the KPIs.
 */
const CALENDARS: CalendarSet = calendarSet(SHIPPED_CALENDARS);

const timed = (item: RequestItem) => ({ status: item.status, dueAt: item.dueAt ? new Date(item.dueAt) : null });

export const isItemOverdue = (item: RequestItem, now: Date): boolean => item.overdue || isOverdue({ request: timed(item), now });

export function isItemDueSoon(item: RequestItem, now: Date): boolean {
  if (!item.dueAt || isItemOverdue(item, now)) return false;
  return new Date(item.dueAt).getTime() <= reminderHorizon({ now, calendars: CALENDARS }).getTime();
}

/** Working days from today to the due date (0: due today; negative: overdue by that many). */
export function workingDaysLeft(dueAt: string, now: Date): number {
  const today = shanghaiDateOf(now);
  const due = shanghaiDateOf(new Date(dueAt));
  if (due >= today) return workingDaysBetween({ from: today, to: due, calendars: CALENDARS }).days;
  return -workingDaysBetween({ from: due, to: today, calendars: CALENDARS }).days;
}
