import type { Locator, Page } from 'playwright-core';

// Taro's H5 keeps visited pages in the DOM, hidden: scope every selector to what is visible.
const visible = (page: Page, selector: string): Locator => page.locator(selector).locator('visible=true').first();

/** Taps a date of the free-days calendar (NutUI's CalendarCard), paging forward by its arrow to the date's month. */
export async function tapDay(page: Page, date: string): Promise<void> {
  await visible(page, '.free-days').waitFor({ timeout: 15_000 });
  for (let pageTurns = 0; pageTurns < 4; pageTurns += 1) {
    const cell = page.locator(`.free-days__date--d${date}`).locator('visible=true');
    if ((await cell.count()) > 0) return cell.first().click();
    await visible(page, '.nut-calendarcard-header .right').click();
  }
  throw new Error(`the calendar does not show ${date}`);
}

/** Drags a roller of an open NutUI picker by `rows` rows with touch events, slowly (no inertia), and lets it settle. */
async function roll(page: Page, roller: Locator, rows: number): Promise<void> {
  await roller.evaluate(async (element, distance) => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const touch = (y: number) =>
      new Touch({ identifier: 1, target: element, clientX: 10, clientY: y, pageX: 10, pageY: y, screenX: 10, screenY: y });
    const fire = (type: string, y: number) =>
      element.dispatchEvent(
        new TouchEvent(type, {
          touches: type === 'touchend' ? [] : [touch(y)],
          changedTouches: [touch(y)],
          bubbles: true,
          cancelable: true,
        }),
      );
    fire('touchstart', 400);
    await pause(350);
    fire('touchmove', 400 - distance / 2);
    await pause(50);
    // A finger never stops exactly on a row: a little past it makes the roller snap back with its CSS transition,
    // whose end is what settles the choice (a drag that ends on the row has no transition to end).
    fire('touchmove', 400 - distance - 8);
    await pause(50);
    fire('touchend', 400 - distance - 8);
  }, rows * 36);
  await page.waitForTimeout(700);
}

async function rowOf(roller: Locator, label: string): Promise<{ wanted: number; shown: number }> {
  return roller.evaluate((element, text) => {
    const items = Array.from(element.querySelectorAll('.nut-pickerview-roller-item'));
    return {
      wanted: items.findIndex((item) => item.textContent?.trim() === text),
      shown: Math.max(
        0,
        items.findIndex((item) => item.classList.contains('nut-pickerview-roller-item-active')),
      ),
    };
  }, label);
}

/** Opens a NutUI picker by tapping `field`, turns each roller to its label in `labels`, and confirms. */
export async function pick(page: Page, field: string, labels: readonly string[]): Promise<void> {
  await visible(page, field).click();
  const rollers = page.locator('.nut-pickerview-list').locator('visible=true');
  await rollers.first().waitFor();
  for (const [index, label] of labels.entries()) {
    const roller = rollers.nth(index);
    const { wanted, shown } = await rowOf(roller, label);
    if (wanted < 0) throw new Error(`no option ${label}`);
    if (wanted !== shown) await roll(page, roller, wanted - shown);
  }
  await visible(page, '.nut-picker-confirm-btn').click();
  // Let the popup slide away, so a screenshot taken next shows the page, not the closing overlay.
  await page.waitForTimeout(400);
}
