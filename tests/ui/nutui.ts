import { fireEvent, waitFor } from '@testing-library/react';

const dateCell = (date: string): HTMLElement | null => document.querySelector(`.free-days__date--d${date}`);
/** The month the card shows (`YYYY-MM`), read from its days' classes; null until it has drawn them. */
const shownMonth = (): string | null =>
  document.querySelector('[class*="free-days__date--d"]')?.className.match(/free-days__date--d(\d{4}-\d{2})/)?.[1] ?? null;

/**
 * Taps a date of the free-days calendar (NutUI's CalendarCard shows one month): pages with the card's own arrows
 * until the date's month is shown, as a user would. The card draws a month's days in an effect after the month
 * changes, and the page moves it to the first month one can choose in the same way, so each step waits until days
 * are drawn, and pages back when a step went past (under load, the move and a tap could land in either order).
 */
export async function tapDay(date: string): Promise<void> {
  const target = date.slice(0, 7);
  for (let page = 0; page < 12; page += 1) {
    const shown = await waitFor(() => {
      const month = shownMonth();
      if (!month) throw new Error('the calendar has drawn no days yet');
      return month;
    });
    if (shown === target) break;
    fireEvent.click(document.querySelector(`.nut-calendarcard-header ${shown < target ? '.right' : '.left'}`)!);
  }
  const cell = dateCell(date);
  if (!cell) throw new Error(`calendar does not show ${date}`);
  fireEvent.click(cell);
}

const ROW = 36; // NutUI's roller row height when no CSS says otherwise (as under jsdom)

/** Drags one roller of an open NutUI picker by `rows` rows (positive: further down the list), slowly enough for no inertia. */
function roll(roller: Element, rows: number): void {
  let now = 1_000_000;
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += 500));
  const at = (y: number) => ({ touches: [{ clientX: 0, clientY: y, pageX: 0, pageY: y, screenX: 0, screenY: y }] });
  fireEvent.touchStart(roller, at(400));
  fireEvent.touchMove(roller, at(400 - (rows * ROW) / 2));
  fireEvent.touchMove(roller, at(400 - rows * ROW));
  fireEvent.touchEnd(roller, at(400 - rows * ROW));
  // The roller settles when its CSS transition ends, which jsdom never runs.
  fireEvent.transitionEnd(roller.querySelector('.nut-pickerview-list') ?? roller);
  clock.mockRestore();
}

/**
 * Opens the time field `name`, turns its hour and minute rollers to `time` (from the value shown when it opens)
 * and confirms, as a user would on the phone.
 */
export function chooseTime(name: string, time: string, from = '12:00'): void {
  fireEvent.click(document.querySelector(`.time-field--${name}`)!);
  const [hours, minutes] = time.split(':').map(Number);
  const [fromHours, fromMinutes] = from.split(':').map(Number);
  const rollers = document.querySelectorAll('.nut-pickerview-roller');
  roll(rollers[0], hours - fromHours);
  roll(rollers[1], (minutes - fromMinutes) / 5);
  fireEvent.click(document.querySelector('.nut-picker-confirm-btn')!);
}

/** Opens the option picker `name`, turns its roller to the option labelled `label` and confirms. */
export function chooseOption(name: string, label: string): void {
  fireEvent.click(document.querySelector(`.option-picker--${name}`)!);
  const roller = document.querySelector('.nut-pickerview-roller')!;
  const labels = Array.from(roller.querySelectorAll('.nut-pickerview-roller-item'), (item) => item.textContent);
  const shown = Array.from(roller.querySelectorAll('.nut-pickerview-roller-item')).findIndex((item) =>
    item.classList.contains('nut-pickerview-roller-item-active'),
  );
  const wanted = labels.indexOf(label);
  if (wanted < 0) throw new Error(`no option ${label} among ${labels.join(', ')}`);
  roll(roller, wanted - Math.max(shown, 0));
  fireEvent.click(document.querySelector('.nut-picker-confirm-btn')!);
}
