import type { BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, shanghaiDateOf } from '../../core/calendar/dates';
import { consentFirst } from '../support/consent';
import { callFunction } from '../support/local-cloud';
import { requestId, talentApplication } from '../support/stays';
import { e2eSession, shot as shotOf, upload as uploadOn, visible as visibleOn } from './support/session';
import { sampleFiles } from './support/sample-files';

const e2e = e2eSession();
let context: BrowserContext;
let page: Page;
const { pdf: PDF, png: PNG } = sampleFiles();

beforeEach(async () => {
  context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page = await context.newPage();
});
afterEach(() => context?.close());

const TODAY = shanghaiDateOf(new Date());
// The shared helpers, on this test's page.
const visible = (selector: string): Locator => visibleOn(page, selector);
const shot = (name: string) => shotOf(page, name);
const fill = (field: string, value: string) => visible(`.form__field--${field} input, .form__field--${field} textarea`).fill(value);

const upload = (kind: string, path: string) => uploadOn(page, kind, path);

describe('the station network in the H5 app', () => {
  it('a returnee picks a Baoshan station with free beds for their nights and applies for a stay there', async () => {
    // Gucun has 2 beds: two other guests take them on the nights our returnee wants.
    const checkIn = addDays(TODAY, 4);
    for (const guest of ['gucun-guest-1', 'gucun-guest-2']) {
      await consentFirst(e2e.cloud, [guest]);
      const taken = await callFunction(
        e2e.cloud,
        'stays',
        { action: 'apply', payload: talentApplication({ stationId: 'station-baoshan-gucun', checkIn, nights: 3 }), requestId: requestId() },
        guest,
      );
      expect(taken.body).toMatchObject({ ok: true, data: { status: 'pending' } });
    }

    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible('.home__station').waitFor({ timeout: 20_000 });
    await visible('.home__change-station').click();

    await visible('.station-card--station-pudong').waitFor({ timeout: 20_000 });
    await shot('30-stations-all');
    await visible('.station-chips--district .station-chips__chip--baoshan').click();
    await visible(`.station-chips--from .station-chips__chip--${checkIn}`).click();
    await visible('.station-chips--nights .station-chips__chip--3').click();
    await visible('.station-card--station-baoshan-gucun .station-card__free--no').waitFor({ timeout: 20_000 });
    const wusong = visible('.station-card--station-baoshan-wusong');
    expect(await wusong.locator('.station-card__free--yes').innerText()).toBe('所选日期空床 8 张');
    expect(await visible('.station-card--station-baoshan-gucun').innerText()).toContain('所选日期已满');
    // Stations with room come first; the incubator and the apartments have no beds and are not listed for a stay.
    const listed = await page
      .locator('.station-card')
      .locator('visible=true')
      .evaluateAll((cards) => cards.map((c) => c.className));
    expect(listed.at(-1)).toContain('station-baoshan-gucun');
    expect(listed.join(' ')).not.toContain('incubator');
    await shot('31-stations-baoshan-free-beds');

    await wusong.click();
    await visible('.station__name').filter({ hasText: '宝山吴淞青年驿站' }).waitFor({ timeout: 20_000 });
    expect(await visible('.station__row--hours').innerText()).toContain('每天 9:00–21:00');
    await shot('32-station-detail');
    await visible('.station__apply--stay').click();

    await visible('.stay-who').waitFor({ timeout: 20_000 });
    expect(await visible('.form__station').innerText()).toBe('申请驿站：宝山吴淞青年驿站');
    await fill('name', '李归国');
    await fill('phone', '+8613800000000');
    await fill('idNumber', 'E12345678');
    await fill('yearsAbroad', '5');
    await visible('.form__check--intendsShanghai').click();
    await visible('.stay__next').click();
    // The nights chosen in the list are already there.
    await visible('.stay-dates__check-out')
      .filter({ hasText: addDays(checkIn, 3) })
      .waitFor();
    await visible('.stay__next').click();
    await visible('.form__choice--pickup .form__chip--none').click();
    await visible('.stay__next').click();
    await upload('passport', PNG);
    await upload('work-proof', PDF);
    await visible('.stay__next').click();
    await visible('.stay-review').waitFor();
    await visible('.form__check--consent').click();
    await visible('.stay-review__submit').click();
    await visible('.stay-done').waitFor({ timeout: 20_000 });
    await shot('33-stay-done-at-wusong');

    const mine = (await callFunction(e2e.cloud, 'stays', { action: 'mine' }, 'demo-applicant')).body;
    expect(mine.data.items).toHaveLength(1);
    expect(mine.data.items[0]).toMatchObject({ stationId: 'station-baoshan-wusong', status: 'pending', checkIn, nights: 3 });

    // The choice is remembered: home now shows the Baoshan station.
    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await page.reload();
    await visible('.home__name').filter({ hasText: '宝山吴淞青年驿站' }).waitFor({ timeout: 20_000 });
    await shot('34-home-chosen-station');
  });
});
