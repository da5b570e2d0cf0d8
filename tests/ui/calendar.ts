import { fireEvent } from '@testing-library/react';

const dateCell = (date: string): HTMLElement | null => document.querySelector(`.free-days__date--d${date}`);

/**
 * Taps a date of the free-days calendar (NutUI's CalendarCard shows one month): pages forward with the card's own
 * arrow until the date's month is shown, as a user would.
 */
export function tapDay(date: string): void {
  for (let page = 0; page < 4 && !dateCell(date); page += 1) fireEvent.click(document.querySelector('.nut-calendarcard-header .right')!);
  const cell = dateCell(date);
  if (!cell) throw new Error(`calendar does not show ${date}`);
  fireEvent.click(cell);
}
