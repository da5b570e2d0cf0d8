import { calendarSet, shanghaiDateOf, type CalendarSet, type YearCalendar } from '../../core/calendar';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

/**
 * The calendars of the years a computation at `now` can touch (last year, this year, next year), from the
 * `calendars` collection. A year missing there makes deadlines in it provisional.
 */
export async function loadCalendars(db: Database, now: Date): Promise<CalendarSet> {
  const year = Number(shanghaiDateOf(now).slice(0, 4));
  const years = [year - 1, year, year + 1].map(String);
  const { data } = await db
    .collection(COLLECTIONS.calendars)
    .where({ _id: db.command.in(years) })
    .limit(years.length)
    .get();
  return setOf(data as StoredCalendar[]);
}

/**
 * Every year loaded, as a set: for counting again deadlines that began in any of them (a request dispatched late in
 * a year whose next year is loaded only the year after that still counts from its own year).
 */
export const loadAllCalendars = async (db: Database): Promise<CalendarSet> => setOf(await listCalendars(db));

const setOf = (stored: readonly StoredCalendar[]): CalendarSet =>
  calendarSet(stored.map(({ year, holidays, workdays, source }) => ({ year, holidays, workdays, source })));

/** A stored year: the calendar, when and by whom it was last loaded. */
export type StoredCalendar = YearCalendar & { _id: string; updatedAt?: Date; updatedBy?: string };

/** Every year loaded (a handful; no index needed beyond `_id`). */
export async function listCalendars(db: Database): Promise<StoredCalendar[]> {
  const { data } = await db.collection(COLLECTIONS.calendars).limit(100).get();
  return data as StoredCalendar[];
}

/** Loads or replaces one year, keyed by the year. */
export async function saveCalendar(db: Database, calendar: YearCalendar, by: { at: Date; openId: string }): Promise<void> {
  await db
    .collection(COLLECTIONS.calendars)
    .doc(calendar.year)
    .set({ ...calendar, updatedAt: by.at, updatedBy: by.openId });
}
