import { addDays, addMonths, datesFrom, datesOfMonth, datesUntil, daysBetween, isCalendarDate, shanghaiDate, shanghaiNoon } from './dates';

describe('shanghaiDate', () => {
  it.each([
    ['15:59 UTC is still the same day in Shanghai', '2026-11-23T15:59:59Z', '2026-11-23'],
    ['16:00 UTC is already the next day in Shanghai', '2026-11-23T16:00:00Z', '2026-11-24'],
    ['the last UTC instant of a year is January 1st in Shanghai', '2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s', (_t, instant, date) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['a real date', '2026-02-28', true],
    ['February 30th', '2026-02-30', false],
    ['a leap day in a leap year', '2028-02-29', true],
    ['a datetime', '2026-02-28T00:00', false],
  ])('isCalendarDate: %s', (_t, value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('adds days across a month and a year end', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('adds months clamped at a month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('lists dates from the first, and until an end that is excluded', () => {
    expect(datesFrom('2026-12-31', 2)).toEqual(['2026-12-31', '2027-01-01']);
    expect(datesUntil('2026-12-31', '2027-01-02')).toEqual(['2026-12-31', '2027-01-01']);
    expect(datesUntil('2026-12-31', '2026-12-31')).toEqual([]);
    expect(datesOfMonth('2026-02')).toHaveLength(28);
  });

  it('noon in Shanghai is 04:00 UTC', () => {
    expect(shanghaiNoon('2026-12-01').toISOString()).toBe('2026-12-01T04:00:00.000Z');
  });
});
