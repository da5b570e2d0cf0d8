import { yearCalendarSchema } from '../calendar/year-calendar';

/** An admin loads or replaces one year's calendar, e.g. from a JSON file like `core/calendar/years/2026.json`. */
export const loadCalendarInput = yearCalendarSchema;
