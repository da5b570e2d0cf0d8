import { calendarSet, type YearCalendar } from '../calendar';
import calendar2026 from '../calendar/years/2026.json';
import type { ServiceRequest } from '../requests';
import { recountDeadline } from './deadlines';

const y2027: YearCalendar = { year: '2027', holidays: ['2027-01-01', '2027-01-04', '2027-01-05'], workdays: [], source: 'test' };
const only2026 = calendarSet([calendar2026]);
const both = calendarSet([calendar2026, y2027]);

// Monday 2026-12-28, 10:00 Shanghai.
const dispatchedAt = new Date('2026-12-28T02:00:00Z');
const request = (overrides: Partial<ServiceRequest> = {}) =>
  ({ dispatchedAt, tier: 15, extension: null, timeline: [], ...overrides }) as Pick<
    ServiceRequest,
    'dispatchedAt' | 'tier' | 'extension' | 'timeline'
  >;

describe('recountDeadline', () => {
  it.each([
    // 29, 30, 31 Dec; then plain weekdays Jan 1, 4, 5, … (provisional) or skipping the 2027 holidays (final).
    ['into an unloaded year: provisional', only2026, request(), { dueDate: '2027-01-18', provisional: true }],
    ['the same once 2027 is loaded: final, later by the holidays', both, request(), { dueDate: '2027-01-21', provisional: false }],
    [
      'within 2026 with tier 5: final either way',
      only2026,
      request({ tier: 5, dispatchedAt: new Date('2026-12-01T02:00:00Z') }),
      { dueDate: '2026-12-08', provisional: false },
    ],
    [
      'a granted extension counts on from the tier deadline',
      both,
      request({ extension: { days: 2, reason: 'r', requestedAt: new Date('2027-01-06T02:00:00Z'), status: 'granted' } }),
      { dueDate: '2027-01-25', provisional: false },
    ],
    [
      'a refused extension adds nothing',
      both,
      request({ extension: { days: 2, reason: 'r', requestedAt: new Date('2027-01-06T02:00:00Z'), status: 'refused' } }),
      { dueDate: '2027-01-21', provisional: false },
    ],
    [
      'a reopen counts from the reopen',
      both,
      request({
        tier: 5,
        timeline: [{ type: 'reopen', at: new Date('2027-01-06T02:00:00Z'), by: { role: 'applicant' }, visibility: 'public' }],
      }),
      { dueDate: '2027-01-13', provisional: false },
    ],
  ])('%s', (_title, calendars, input, expected) => {
    expect(recountDeadline(input, calendars)).toMatchObject(expected);
  });

  it('has nothing to count before dispatch', () => {
    expect(recountDeadline(request({ dispatchedAt: null }), both)).toBeNull();
  });
});
