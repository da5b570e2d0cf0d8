import { addDays, endOfShanghaiDay, shanghaiDateOf } from './dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
import { calendarSet, yearCalendarSchema, type YearCalendar } from './year-calendar';
import calendar2026 from './years/2026.json';

const only2026 = calendarSet([calendar2026]);
/** A made-up 2027 (New Year Jan 1–3, make-up Sunday Jan 10) to show what loading a year changes. */
const fake2027: YearCalendar = {
  year: '2027',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: ['2027-01-10'],
  source: 'test',
};
const with2027 = calendarSet([calendar2026, fake2027]);

describe('isWorkingDay in 2026 (State Council notice of 2025-11-04)', () => {
  it.each(calendar2026.holidays)('holiday %s is a day off', (date) => {
    expect(isWorkingDay({ date, calendars: only2026 })).toEqual({ working: false, provisional: false });
  });

  it.each(calendar2026.workdays)('make-up workday %s (a weekend day) is worked', (date) => {
    expect(isWorkingDay({ date, calendars: only2026 })).toEqual({ working: true, provisional: false });
  });

  it.each([
    ['an ordinary Monday', '2026-03-02', true],
    ['an ordinary Saturday', '2026-03-07', false],
    ['the Friday before Spring Festival', '2026-02-13', true],
    ['the Tuesday after Spring Festival', '2026-02-24', true],
    ['the Sunday before National Day that is not a make-up day', '2026-09-27', false],
  ])('%s (%s) is working: %s', (_title, date, working) => {
    expect(isWorkingDay({ date, calendars: only2026 })).toEqual({ working, provisional: false });
  });

  it.each([
    ['a weekday in 2027, which has no calendar loaded', '2027-01-01', true],
    ['a Saturday in 2027', '2027-01-02', false],
  ])('%s (%s) counts as a plain weekday, provisionally', (_title, date, working) => {
    expect(isWorkingDay({ date, calendars: only2026 })).toEqual({ working, provisional: true });
  });
});

describe('addWorkingDays (the dispatch day itself never counts)', () => {
  it.each([
    ['5 days across Spring Festival, counting the make-up Saturday Feb 14', '2026-02-12', 5, '2026-02-26'],
    ['7 days across National Day, counting the make-up Saturday Oct 10', '2026-09-29', 7, '2026-10-14'],
    ['5 days from the Friday before the make-up Sunday Sep 20', '2026-09-18', 5, '2026-09-24'],
    ['1 day from inside the National Day holiday', '2026-10-03', 1, '2026-10-08'],
    ['1 day from the last day of the New Year holiday lands on the make-up Sunday', '2026-01-03', 1, '2026-01-04'],
    ['15 days from the Thursday before Labour Day, counting the make-up Saturday May 9', '2026-04-30', 15, '2026-05-25'],
    ['5 days from a plain Friday', '2026-11-20', 5, '2026-11-27'],
    ['0 days is the date itself', '2026-02-16', 0, '2026-02-16'],
  ])('%s: %s + %i → %s', (_title, from, days, expected) => {
    expect(addWorkingDays({ from, days, calendars: only2026 })).toEqual({ date: expected, provisional: false });
  });

  it('a 15-day deadline over the year boundary into unloaded 2027 counts weekdays and is provisional', () => {
    expect(addWorkingDays({ from: '2026-12-24', days: 15, calendars: only2026 })).toEqual({ date: '2027-01-14', provisional: true });
  });

  it('the same deadline with 2027 loaded skips its New Year holiday and is final', () => {
    expect(addWorkingDays({ from: '2026-12-24', days: 15, calendars: with2027 })).toEqual({ date: '2027-01-14', provisional: false });
    // New Year's Day 2027 (a Friday) is off, the make-up Sunday Jan 10 is worked: the two cancel out here,
    // but not for 6 days, which end on the holiday-shifted Monday instead of Friday Jan 1.
    expect(addWorkingDays({ from: '2026-12-24', days: 6, calendars: only2026 })).toEqual({ date: '2027-01-01', provisional: true });
    expect(addWorkingDays({ from: '2026-12-24', days: 6, calendars: with2027 })).toEqual({ date: '2027-01-04', provisional: false });
  });

  it('a deadline that ends on Dec 31 examines no 2027 date and is final', () => {
    expect(addWorkingDays({ from: '2026-12-24', days: 5, calendars: only2026 })).toEqual({ date: '2026-12-31', provisional: false });
  });
});

describe('workingDaysBetween (after `from`, up to and including `to`)', () => {
  it.each([
    ['the same day', '2026-03-02', '2026-03-02', 0],
    ['a date before the start', '2026-03-02', '2026-02-27', 0],
    ['Spring Festival week (only the make-up Saturday Feb 14 and Friday Feb 13 count)', '2026-02-12', '2026-02-23', 2],
    ['all of October 2026 (Oct 8, 9, the make-up Saturday Oct 10, then three full weeks)', '2026-09-30', '2026-10-31', 18],
  ])('%s: %s → %s is %i', (_title, from, to, days) => {
    expect(workingDaysBetween({ from, to, calendars: only2026 })).toEqual({ days, provisional: false });
  });

  it.each([5, 7, 15])('is the inverse of addWorkingDays for %i days from every day of 2026', (n) => {
    for (let from = '2026-01-01'; from <= '2026-12-10'; from = addDays(from, 1)) {
      const { date } = addWorkingDays({ from, days: n, calendars: only2026 });
      expect(workingDaysBetween({ from, to: date, calendars: only2026 }).days).toBe(n);
    }
  });
});

describe('Shanghai dates and instants', () => {
  it.each([
    ['15:59:59Z is still the same Shanghai day', '2026-03-02T15:59:59.999Z', '2026-03-02'],
    ['16:00Z is the next Shanghai day', '2026-03-02T16:00:00.000Z', '2026-03-03'],
    ['New Year in Shanghai comes at 16:00Z on Dec 31', '2026-12-31T16:00:00.000Z', '2027-01-01'],
  ])('%s', (_title, instant, date) => {
    expect(shanghaiDateOf(new Date(instant))).toBe(date);
  });

  it('the end of a Shanghai day is 15:59:59.999Z', () => {
    expect(endOfShanghaiDay('2026-02-26').toISOString()).toBe('2026-02-26T15:59:59.999Z');
  });
});

describe('yearCalendarSchema', () => {
  it('accepts the shipped 2026 calendar', () => {
    expect(yearCalendarSchema.safeParse(calendar2026).success).toBe(true);
  });

  it.each([
    ['a date of another year', { ...fake2027, holidays: ['2026-12-31'] }, 'holidays.0'],
    ['an impossible date', { ...fake2027, holidays: ['2027-02-30'] }, 'holidays.0'],
    ['a date both off and worked', { ...fake2027, workdays: ['2027-01-01'] }, 'workdays'],
    ['a malformed year', { ...fake2027, year: '27' }, 'year'],
  ])('refuses %s', (_title, input, path) => {
    const result = yearCalendarSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
