import type { CalendarSet } from '../calendar';
import { deadlineFor, type Deadline, type ServiceRequest } from '../requests';

type Timed = Pick<ServiceRequest, 'dispatchedAt' | 'tier' | 'extension' | 'timeline'>;

/**
 * The deadline a request has, counted again with the calendars known now: from its last reopen (or else its
 * dispatch) the tier's working days, then a granted extension's days on from that date — the same steps
 * dispatch, rate (reopen) and grantExtension took. Used when a year's calendar is loaded, so deadlines that were
 * provisional in that year become final. Null when the request was never dispatched.
 */
export function recountDeadline(request: Timed, calendars: CalendarSet): Deadline | null {
  if (!request.dispatchedAt) return null;
  const reopens = request.timeline.filter((e) => e.type === 'reopen');
  const from = reopens.length > 0 ? new Date(reopens[reopens.length - 1].at) : new Date(request.dispatchedAt);
  const base = deadlineFor({ from, workingDays: request.tier ?? 5, calendars });
  const extension = request.extension;
  if (extension?.status !== 'granted' || new Date(extension.requestedAt).getTime() < from.getTime()) return base;
  const extended = deadlineFor({ from: base.dueDate, workingDays: extension.days, calendars });
  return { ...extended, provisional: extended.provisional || base.provisional };
}
