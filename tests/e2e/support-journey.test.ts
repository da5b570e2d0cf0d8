import type { BrowserContext, Page } from 'playwright-core';
import { shanghaiDateOf } from '../../core/calendar/dates';
import { callFunction } from '../support/local-cloud';
import { e2eSession, inPlace, shot, upload as uploadOn, visible } from './support/session';
import { sampleFiles } from './support/sample-files';

const e2e = e2eSession();
let context: BrowserContext;
let page: Page;
const { pdf: PDF, png: PNG } = sampleFiles();
const THIS_MONTH = shanghaiDateOf(new Date()).slice(0, 7);

beforeEach(async () => {
  context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page = await context.newPage();
});
afterEach(() => context?.close());

const fill = (field: string, value: string) => visible(page, `.form__field--${field} input, .form__field--${field} textarea`).fill(value);

const upload = (kind: string, path: string) => uploadOn(page, kind, path);

describe('housing support in the H5 app', () => {
  it('an applicant applies for rent support with documents, the operator approves it in the admin pages, the applicant sees the schedule', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible(page, '.home__apply--support').waitFor({ timeout: 30_000 });
    await visible(page, '.home__apply--support').click();

    // The form: the policy's amounts per category; an empty submit says what is missing.
    await visible(page, '.support-apply .support__tier').waitFor({ timeout: 20_000 });
    await visible(page, '.support__submit').click();
    await visible(page, '.form__field--invalid').waitFor();
    await shot(page, 'support-01-errors');
    await visible(page, '.form__choice--category .form__chip--young').click();
    await visible(page, '.support__tier--chosen').waitFor();
    expect(await visible(page, '.support__tier--chosen').innerText()).toBe('青年人才：每月最高 1500 元，共 24 个月，且不超过实际租金');
    await fill('name', '赵安居');
    await fill('phone', '13900001111');
    await fill('idNumber', '310101199503031235');
    await fill('creditCode', '91310115MA1K3YJ2X8');
    await fill('rent', '4200');
    await upload('labour-contract', PDF);
    await upload('social-insurance-record', PDF);
    await upload('rent-contract', PDF);
    await upload('no-home-declaration', PNG);
    await visible(page, '.form__check--declaration').click();
    await shot(page, 'support-02-form');
    await visible(page, '.support__submit').click();

    // First personal data from this user: the transport shows the policy; accepting retries the same submit.
    const confirm = page.locator('.taro-model__confirm');
    await confirm.waitFor({ timeout: 15_000 });
    await confirm.click();
    await visible(page, '.support--done').waitFor({ timeout: 20_000 });
    await shot(page, 'support-03-done');
    const id = ((await visible(page, '.support__done').innerText()).match(/sup-[0-9a-f]{32}/) ?? [''])[0];
    expect(id).toMatch(/^sup-[0-9a-f]{32}$/);

    // The operator's desk: the queue, the application's checklist and the amount core computes, approve.
    // A desktop browser of its own: the role switcher's choice is per browser (localStorage).
    const deskContext = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const desk = await deskContext.newPage();
    await desk.goto(`${e2e.cloud.url}/`);
    await desk.evaluate(() => localStorage.setItem('dev.openId', 'demo-operator'));
    await desk.goto(`${e2e.cloud.url}/#/admin/pages/support/index`);
    const item = desk.locator('.support-queue__item').locator('visible=true').filter({ hasText: '赵安居' });
    await item.waitFor({ timeout: 30_000 });
    await shot(desk, 'support-04-queue');
    await item.click();
    await visible(desk, '.support-detail__checklist').waitFor({ timeout: 20_000 });
    const checks = await desk.locator('.support-detail__check--present').locator('visible=true').count();
    expect(checks).toBe(4);
    expect(await visible(desk, '.support-detail__computed').innerText()).toBe('每月 1500 元 × 24 个月 = 36000 元');
    await inPlace(desk, '.support-detail');
    await shot(desk, 'support-05-detail');
    // The numbers are masked until the operator reveals them (each reveal audited by the function).
    const contact = visible(desk, '.support-detail .application__contact');
    expect(await contact.innerText()).not.toContain('310101199503031235');
    await visible(desk, '.application__reveal').click();
    await desk
      .locator('.application__contact')
      .locator('visible=true')
      .filter({ hasText: '310101199503031235' })
      .waitFor({ timeout: 20_000 });
    expect(await contact.innerText()).toContain('13900001111');
    await visible(desk, '.support-detail__approve').click();
    await visible(desk, '.support-detail--approved .support-detail__schedule').waitFor({ timeout: 20_000 });
    await shot(desk, 'support-06-approved');
    await deskContext.close();

    const mine = (await callFunction(e2e.cloud, 'support', { action: 'mySupport' }, 'demo-applicant')).body;
    expect(mine.data.items).toHaveLength(1);
    expect(mine.data.items[0]).toMatchObject({ _id: id, status: 'approved', amount: { monthly: 1500, months: 24, total: 36000 } });

    // The applicant: My bookings → housing support → the approved schedule.
    await page.goto(`${e2e.cloud.url}/#/pages/bookings/index`);
    await visible(page, '.bookings__support').click();
    await visible(page, '.support-card--approved')
      .waitFor({ timeout: 20_000 })
      .catch(async (error: unknown) => {
        await shot(page, 'support-failed-mine');
        throw error;
      });
    expect(await visible(page, '.support-card__amount').innerText()).toBe('每月 1500 元，共 24 个月，合计 36000 元');
    const rows = page.locator('.support-card--approved .support-schedule__row').locator('visible=true');
    expect(await rows.count()).toBe(24);
    expect(await rows.first().innerText()).toContain(THIS_MONTH);
    await inPlace(page, '.support-mine');
    await shot(page, 'support-07-schedule');
  });
});
