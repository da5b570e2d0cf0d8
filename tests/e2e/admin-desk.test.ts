import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { consentFirst } from '../support/consent';
import { SCREENSHOTS } from './support/browser';
import { e2eSession } from './support/session';

const e2e = e2eSession();
let page: Page;

beforeAll(async () => {
  // The admin tab is used on a desktop browser.
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await consentFirst(e2e.cloud, ['demo-applicant']);
});
afterAll(async () => {
  delete process.env.LOCAL_NOW;
});

const requests = (openId: string, action: string, payload: unknown) => e2e.fn('requests', openId, action, payload);

async function submit(title: string): Promise<string> {
  const reply = await requests('demo-applicant', 'submit', { category: 'housing', title, body: '想了解人才公寓的申请进度' });
  expect(reply.ok).toBe(true);
  return reply.data.id;
}

/** Opens an admin page as a demo persona (the role switcher's stored choice, local mode only). */
async function openAs(persona: string, path: string): Promise<void> {
  await page.goto(`${e2e.cloud.url}/`);
  await page.evaluate((p) => localStorage.setItem('dev.openId', p), persona);
  await page.goto(`${e2e.cloud.url}/#/admin/pages/${path}/index`);
}

// Taro's H5 keeps visited pages in the DOM, hidden: scope every selector to the visible page.
const on = (selector: string) => page.locator(selector).locator('visible=true').first();

async function expectText(selector: string, text: string): Promise<void> {
  await page.locator(selector).locator('visible=true').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });
}

describe('the admin desk in a desktop browser (H5)', () => {
  it('an operator triages and dispatches a request on the board; the unit accepts and resolves it in its inbox', async () => {
    const id = await submit('人才公寓申请进度');

    await openAs('demo-operator', 'dispatch');
    await on(`.request-row--${id}`).click();
    await on('.triage-form__tier .admin-chips__chip--5').click();
    await on('.triage-form__lead .admin-chips__chip--unit-hrss').click();
    // Enabled as soon as a lead unit is chosen: no `disabled="false"`, which Taro's H5 draws as a greyed-out button.
    expect(await on('.triage-form__submit').getAttribute('disabled')).toBeNull();
    await on('.triage-form__submit').click();
    await expectText('.dispatch-panel__message', '已分级');
    await on('.dispatch-panel__dispatch').click();
    await expectText('.dispatch-panel__message', '已派单');
    await expectText('.request-summary', '期限');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-dispatch-board.png'), fullPage: true });

    await openAs('demo-unit', 'inbox');
    await on(`.request-row--${id}`).click();
    await expectText(`.request-row--${id}`, '剩余');
    await on('.inbox-panel__accept').click();
    await expectText('.inbox-panel__message', '已接单');
    await on('.inbox-action__text--resolve textarea, textarea.inbox-action__text--resolve').fill('已为您加急办理，请留意短信通知。');
    expect(await on('.inbox-action__submit--resolve').getAttribute('disabled')).toBeNull();
    await on('.inbox-action__submit--resolve').click();
    await expectText('.inbox-panel__message', '已办结');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-unit-inbox.png'), fullPage: true });

    const seen = await requests('demo-applicant', 'get', { id });
    expect(seen.data).toMatchObject({ status: 'resolved', reply: '已为您加急办理，请留意短信通知。', leadUnitId: 'unit-hrss', tier: 5 });
  });

  it('a deadline reaching into 2027 is provisional until the admin loads the 2027 calendar in settings', async () => {
    const id = await submit('跨年诉求');
    expect((await requests('demo-operator', 'triage', { id, tier: 15, leadUnitId: 'unit-hrss' })).ok).toBe(true);
    // Dispatched on Monday 28 Dec 2026: the 15 working days run into 2027.
    process.env.LOCAL_NOW = '2026-12-28T02:00:00Z';
    try {
      expect((await requests('demo-operator', 'dispatch', { id })).data).toMatchObject({ dueDate: '2027-01-18', dueProvisional: true });
    } finally {
      delete process.env.LOCAL_NOW;
    }

    await openAs('demo-operator', 'dispatch');
    await on('.admin-tabs__tab--open').click();
    await expectText(`.request-row--${id}`, '暂定期限');
    await expectText(`.request-row--${id}`, '期限 2027-01-18');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-provisional.png'), fullPage: true });

    await openAs('demo-admin', 'settings');
    await on('.admin-tabs__tab--calendar').click();
    await expectText('.settings-calendar__provisional', '1 件办理中的诉求期限为暂定');
    const year2027 = { year: '2027', holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [], source: '测试用 2027 年节假日' };
    await on('textarea.settings-calendar__json, .settings-calendar__json textarea').fill(JSON.stringify(year2027));
    await on('.settings-calendar__load').click();
    await expectText('.settings-calendar__message', '2027 年节假日已导入');
    await expectText('.calendar-year--2027', '测试用 2027 年节假日');
    expect(await page.locator('.settings-calendar__provisional').locator('visible=true').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-calendar-2027.png'), fullPage: true });

    await openAs('demo-operator', 'dispatch');
    await on('.admin-tabs__tab--open').click();
    // Jan 1 2027 is now a holiday (a Friday), so the 15th working day is one later and final.
    await expectText(`.request-row--${id}`, '期限 2027-01-19');
    expect(await on(`.request-row--${id}`).innerText()).not.toContain('暂定期限');
  });

  it('an admin exports the KPI table and the month of requests as CSV files and they read back', async () => {
    await openAs('demo-admin', 'kpi');
    await on('.kpi__rank-row--unit-hrss').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-kpi.png'), fullPage: true });

    const [kpiDownload] = await Promise.all([page.waitForEvent('download'), on('.kpi__export-kpi').click()]);
    const kpiCsv = readFileSync((await kpiDownload.path())!, 'utf8');
    expect(kpiCsv.startsWith('\uFEFF排名,单位,受理')).toBe(true);
    expect(kpiCsv).toMatch(/\r\n1,区人力资源和社会保障局,\d+/);

    const [requestsDownload] = await Promise.all([page.waitForEvent('download'), on('.kpi__export-requests').click()]);
    expect(requestsDownload.suggestedFilename()).toMatch(/^requests_\d{4}-\d{2}\.csv$/);
    const requestsCsv = readFileSync((await requestsDownload.path())!, 'utf8');
    expect(requestsCsv).toContain('人才公寓申请进度');
    expect(requestsCsv).toContain('跨年诉求');
    await expectText('.kpi__message', '已下载');
  });
});
