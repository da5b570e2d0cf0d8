import { calendarSet } from '../calendar/year-calendar';
import calendar2026 from '../calendar/years/2026.json';
import { deadlineFor, isDueForAutoClose, isDueWithinOneWorkingDay, isOverdue } from './deadline';
import type { Status } from './statuses';

const calendars = calendarSet([calendar2026]);
const at = (iso: string) => new Date(iso);

describe('deadlineFor: the end of the N-th working day after dispatch (Asia/Shanghai)', () => {
  it.each([
    ['tier 5 dispatched on a Monday morning', '2026-03-02T01:00:00Z', 5, '2026-03-09', false],
    [
      'tier 5 dispatched late Monday evening in Shanghai (Monday 15:30Z) still counts from Monday',
      '2026-03-02T15:30:00Z',
      5,
      '2026-03-09',
      false,
    ],
    ['tier 5 dispatched at 00:30 Tuesday Shanghai (Monday 16:30Z) counts from Tuesday', '2026-03-02T16:30:00Z', 5, '2026-03-10', false],
    ['tier 7 across Spring Festival ends on the make-up Saturday Feb 28', '2026-02-12T02:00:00Z', 7, '2026-02-28', false],
    ['tier 15 across National Day', '2026-09-28T02:00:00Z', 15, '2026-10-23', false],
    ['tier 15 over the year boundary into unloaded 2027', '2026-12-24T02:00:00Z', 15, '2027-01-14', true],
  ])('%s', (_title, dispatched, workingDays, dueDate, provisional) => {
    const deadline = deadlineFor({ from: at(dispatched), workingDays, calendars });
    expect(deadline).toEqual({ dueDate, provisional, dueAt: at(`${dueDate}T15:59:59.999Z`) });
  });

  it('an extension counts from the previous due date', () => {
    expect(deadlineFor({ from: '2026-09-30', workingDays: 2, calendars }).dueDate).toBe('2026-10-09');
  });
});

const req = (status: Status, dueAt: string | null) => ({ status, dueAt: dueAt ? at(dueAt) : null });
const DUE_MON = '2026-03-09T15:59:59.999Z';

describe('isOverdue', () => {
  it.each([
    ['one millisecond after the deadline', 'in_progress', DUE_MON, '2026-03-09T16:00:00.000Z', true],
    ['exactly at the deadline', 'in_progress', DUE_MON, DUE_MON, false],
    ['dispatched and not yet accepted, past the deadline', 'dispatched', DUE_MON, '2026-03-10T02:00:00Z', true],
    ['resolved late is no longer overdue', 'resolved', DUE_MON, '2026-03-10T02:00:00Z', false],
    ['returned to triage', 'returned', DUE_MON, '2026-03-10T02:00:00Z', false],
    ['no deadline yet', 'submitted', null, '2026-03-10T02:00:00Z', false],
  ] as const)('%s: %s', (_title, status, dueAt, now, expected) => {
    expect(isOverdue({ request: req(status, dueAt), now: at(now) })).toBe(expected);
  });
});

describe('isDueWithinOneWorkingDay', () => {
  it.each([
    ['due Monday, now the Friday before', 'in_progress', DUE_MON, '2026-03-06T02:00:00Z', true],
    ['due Monday, now the Thursday before', 'in_progress', DUE_MON, '2026-03-05T02:00:00Z', false],
    ['due Monday, now the Saturday before', 'in_progress', DUE_MON, '2026-03-07T02:00:00Z', true],
    ['due Monday, now Monday morning', 'dispatched', DUE_MON, '2026-03-09T01:00:00Z', true],
    ['due Monday, now after it (overdue instead)', 'in_progress', DUE_MON, '2026-03-10T01:00:00Z', false],
    [
      'due the Tuesday after Spring Festival, now the Friday before it',
      'in_progress',
      '2026-02-24T15:59:59.999Z',
      '2026-02-13T02:00:00Z',
      false,
    ],
    ['due the make-up Saturday Feb 14, now Friday Feb 13', 'in_progress', '2026-02-14T15:59:59.999Z', '2026-02-13T02:00:00Z', true],
    ['due Oct 8, now Sep 30 (the holiday lies between)', 'in_progress', '2026-10-08T15:59:59.999Z', '2026-09-30T02:00:00Z', true],
    ['resolved requests are never reminded', 'resolved', DUE_MON, '2026-03-06T02:00:00Z', false],
  ] as const)('%s', (_title, status, dueAt, now, expected) => {
    expect(isDueWithinOneWorkingDay({ request: req(status, dueAt), now: at(now), calendars })).toBe(expected);
  });
});

describe('isDueForAutoClose (7 calendar days after resolution, unrated)', () => {
  const resolvedAt = at('2026-03-02T02:00:00Z');
  it.each([
    ['6 days 23 hours later', '2026-03-09T01:00:00Z', 'resolved', false],
    ['exactly 7 days later', '2026-03-09T02:00:00Z', 'resolved', true],
    ['8 days later but already closed', '2026-03-10T02:00:00Z', 'closed', false],
  ] as const)('%s', (_title, now, status, expected) => {
    expect(isDueForAutoClose({ request: { status, resolvedAt }, now: at(now), days: 7 })).toBe(expected);
  });
});
