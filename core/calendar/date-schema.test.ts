import { calendarDate } from './date-schema';

describe('calendarDate: a real day, written YYYY-MM-DD', () => {
  it.each([
    ['2026-12-31', true],
    ['2028-02-29', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00', false],
    ['', false],
  ])('%s accepted: %s', (value, ok) => {
    expect(calendarDate.safeParse(value).success).toBe(ok);
  });
});
