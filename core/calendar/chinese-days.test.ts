import chineseDays from 'chinese-days';
import { addDays } from './dates';
import { isWorkingDay } from './working-days';
import { calendarSet } from './year-calendar';
import calendar2026 from './years/2026.json';

/** The shipped 2026 data is typed in from DESIGN.md; chinese-days 1.5.7 is an independent source for the same notice. */
describe('the shipped 2026 calendar agrees with chinese-days 1.5.7', () => {
  const calendars = calendarSet([calendar2026]);
  const days: string[] = [];
  for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) days.push(date);

  it('on every day of 2026', () => {
    const disagreements = days.filter((date) => isWorkingDay({ date, calendars }).working !== chineseDays.isWorkday(date));
    expect(disagreements).toEqual([]);
  });

  it('on the list of make-up workdays', () => {
    const makeUp = days.filter((date) => chineseDays.isWorkday(date) && [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
    expect(makeUp).toEqual(calendar2026.workdays);
  });

  it('and, like every package on npm, knows nothing of 2027 (New Year 2027 looks like a plain Friday)', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
  });
});
