import type { IsoDate as CalendarDate } from '../calendar/dates';
import type { SeatStatus } from './model';

/**
 * The owner may cancel an approved booking only before it starts; after that it is ended early. A file of its own,
 * free of zod and dayjs, so the applicant app's main package can show the cancel button by the same rule.
 */
export const cancelBeforeStart = (input: { status: SeatStatus; startDate: CalendarDate; today: CalendarDate }): boolean =>
  input.status === 'pending' || input.today < input.startDate;
