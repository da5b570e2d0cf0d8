import calendar2026 from './2026.json';
import type { YearCalendar } from '../year-calendar';

/**
 * The calendars shipped with the code, as seed/import data for the `calendars` collection. The functions read
 * the collection, never these files: an admin replaces a year there (`admin.loadCalendar`).
 */
export const SHIPPED_CALENDARS: YearCalendar[] = [calendar2026];
