import { shanghaiDateTimeOf, shanghaiMonthOf } from './dates';
import { addMonthsTo, firstMonthOfQuarter, lastDateOfMonth, monthOfDate, monthsBetween, monthsEndingWith, quarterOfMonth } from './months';

describe('addMonthsTo', () => {
  it.each([
    ['forward within a year', '2026-06', 3, '2026-09'],
    ['forward across New Year', '2026-12', 1, '2027-01'],
    ['back across New Year', '2027-01', -1, '2026-12'],
    ['back five months from December (the trend bug)', '2026-12', -5, '2026-07'],
    ['back twelve months', '2026-03', -12, '2025-03'],
    ['zero', '2028-02', 0, '2028-02'],
    ['forward 25 months', '2026-11', 25, '2028-12'],
  ])('%s: %s %+d → %s', (_title, month, n, expected) => {
    expect(addMonthsTo(month, n)).toBe(expected);
  });
});

describe('monthsEndingWith', () => {
  it.each([
    ['six months ending in December stay in one year', '2026-12', 6, ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']],
    ['three months ending in January cross New Year', '2027-01', 3, ['2026-11', '2026-12', '2027-01']],
    ['one month is the month itself', '2026-02', 1, ['2026-02']],
    ['no months', '2026-02', 0, []],
  ])('%s', (_title, month, count, expected) => {
    const months = monthsEndingWith(month, count);
    expect(months).toEqual(expected);
    expect(new Set(months).size).toBe(months.length);
  });

  it.each(Array.from({ length: 24 }, (_, i) => addMonthsTo('2026-01', i)))('twelve distinct months end with %s', (month) => {
    const months = monthsEndingWith(month, 12);
    expect(new Set(months).size).toBe(12);
    expect(months[11]).toBe(month);
    expect(months[0]).toBe(addMonthsTo(month, -11));
  });
});

describe('month facts', () => {
  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-12', '2026-12-31'],
    ['2026-04', '2026-04-30'],
  ])('the last date of %s is %s', (month, last) => expect(lastDateOfMonth(month)).toBe(last));

  it.each([
    ['2026-01', 1],
    ['2026-03', 1],
    ['2026-04', 2],
    ['2026-09', 3],
    ['2026-10', 4],
    ['2026-12', 4],
  ])('%s is in quarter %d', (month, quarter) => expect(quarterOfMonth(month)).toBe(quarter));

  it.each([
    [2026, 1, '2026-01'],
    [2026, 2, '2026-04'],
    [2026, 3, '2026-07'],
    [2026, 4, '2026-10'],
  ])('quarter %d-Q%d starts in %s', (year, quarter, month) => expect(firstMonthOfQuarter(year, quarter)).toBe(month));

  it.each([
    ['2026-12-31', '2026-12'],
    ['2028-02-29', '2028-02'],
    ['2027-01-01', '2027-01'],
  ])('%s is in %s', (date, month) => expect(monthOfDate(date)).toBe(month));
});

describe('Shanghai wall time of an instant', () => {
  it.each([
    ['half past eleven on New Year’s Eve', '2026-12-31T15:30:00Z', '2026-12-31 23:30', '2026-12'],
    ['midnight: already the new year in Shanghai', '2026-12-31T16:00:00Z', '2027-01-01 00:00', '2027-01'],
    ['the leap day', '2028-02-29T04:05:00Z', '2028-02-29 12:05', '2028-02'],
    ['a UTC evening on Feb 28 is Mar 1 in Shanghai', '2026-02-28T17:00:00Z', '2026-03-01 01:00', '2026-03'],
  ])('%s', (_title, instant, wall, month) => {
    expect(shanghaiDateTimeOf(new Date(instant))).toBe(wall);
    expect(shanghaiMonthOf(new Date(instant))).toBe(month);
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-12', '2026-12', ['2026-12']],
    ['2027-01', '2026-12', []],
    ['9999-11', '9999-12', ['9999-11', '9999-12']],
  ])('%s … %s', (first, last, months) => {
    expect(monthsBetween(first, last)).toEqual(months);
  });
});
