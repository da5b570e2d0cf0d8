import type { QueueOrder } from '@core/review/queue-page';
import { APPLICANT_TYPES, STAY_STATUSES, type ApplicantType, type StayStatus } from '@core/stays/model';
import { SEAT_STATUSES, type SeatStatus } from '@core/workspaces/model';
import type { ApplicationKind, SeatFilters, StayFilters } from '../../services/review';

export { APPLICANT_TYPES, SEAT_STATUSES, STAY_STATUSES };

/** What the queue's filter bar holds; empty strings are "any". */
export interface FilterForm {
  status: string;
  type: ApplicantType | '';
  idKind: 'passport' | 'id-card' | '';
  university: string;
  from: string;
  to: string;
  order: QueueOrder;
}

export const DEFAULT_FILTERS: FilterForm = { status: 'pending', type: '', idKind: '', university: '', from: '', to: '', order: 'oldest' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (value: string): string | undefined => (DATE.test(value.trim()) ? value.trim() : undefined);

/** The stays queue's payload from the form: only the filters that are set (a half-typed date is left out). */
export function stayFilters(form: FilterForm): StayFilters {
  return {
    status: [((STAY_STATUSES as readonly string[]).includes(form.status) ? form.status : 'pending') as StayStatus],
    order: form.order,
    ...(form.type ? { type: form.type } : {}),
    ...(form.idKind ? { idKind: form.idKind } : {}),
    ...(form.university.trim() ? { university: form.university.trim() } : {}),
    ...(date(form.from) ? { checkInFrom: date(form.from) } : {}),
    ...(date(form.to) ? { checkInTo: date(form.to) } : {}),
  };
}

export function seatFilters(form: FilterForm): SeatFilters {
  return {
    status: [((SEAT_STATUSES as readonly string[]).includes(form.status) ? form.status : 'pending') as SeatStatus],
    order: form.order,
    ...(date(form.from) ? { startFrom: date(form.from) } : {}),
    ...(date(form.to) ? { startTo: date(form.to) } : {}),
  };
}

export const statusesOf = (kind: ApplicationKind): readonly string[] => (kind === 'stays' ? STAY_STATUSES : SEAT_STATUSES);
