import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { e2eSession, visible } from './support/session';
import { today } from '../support/clock';

const e2e = e2eSession();

const { fn } = e2e;

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 15_000 });
  expect(await locator.innerText()).toContain(text);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('policies for me and 双结对', () => {
  it('a talent fills their profile, sees the policies that fit, and asks about one', async () => {
    const page = await e2e.phone();
    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    // The seeded returnee has a profile already: the card counts what fits.
    await expectText(visible(page, '.policies-card__text'), '项政策适合您');
    await shot(page, 'policies-1-home-card');
    await visible(page, '.policies-card').click();
    await visible(page, '.for-me__edit').click();

    // A younger founder now: category, birth date, degree, years abroad, district, startup stage.
    await visible(page, '.pol-form__choice--category .pol-form__chip--young').click();
    await visible(page, '.pol-form__field--birthDate input').fill('1995-04-01');
    await visible(page, '.pol-form__choice--degree .pol-form__chip--master').click();
    await visible(page, '.pol-form__field--yearsAbroad input').fill('2');
    await visible(page, '.pol-form__field--employerDistrict input').fill('浦东新区');
    await visible(page, '.pol-form__choice--startupStage .pol-form__chip--seed').click();
    await shot(page, 'policies-2-profile');
    await visible(page, '.talent-profile__save').click();

    // The birth date is personal data: the privacy policy first, then the same save again.
    const confirm = page.locator('.taro-model__confirm');
    await confirm.waitFor({ timeout: 15_000 });
    await confirm.click();

    await expectText(visible(page, '.for-me__summary'), '青年人才 · 硕士 · 1995-04-01');
    await expectText(visible(page, '.for-me__applies'), '青年创业启动资助');
    await expectText(visible(page, '.for-me__applies'), '青年人才租房补贴');
    await expectText(visible(page, '.for-me__almost .policy-item--home-purchase-high-level'), '未满足：人才类别：领军人才、高层次人才');
    await shot(page, 'policies-3-for-me');
    expect((await fn('account', 'demo-applicant', 'me')).data.talent).toEqual({
      category: 'young',
      birthDate: '1995-04-01',
      degree: 'master',
      yearsAbroad: 2,
      employerDistrict: '浦东新区',
      startupStage: 'seed',
    });

    await visible(page, '.for-me__applies .policy-item--startup-seed-support').click();
    await expectText(visible(page, '.policy-detail__issuer'), '区科技和经济委员会');
    await expectText(visible(page, '.policy-detail__valid'), '有效期：2025-01-01 至 2029-12-31');
    await visible(page, '.pol-form__field--question textarea').fill('种子期团队申请启动资助需要准备哪些材料？');
    await shot(page, 'policies-4-detail');
    await visible(page, '.policy-detail__submit').click();

    const number = visible(page, '.request-detail__number');
    await number.waitFor({ timeout: 15_000 });
    const id = /R\d{8}-[0-9a-f]+/.exec(await number.innerText())?.[0];
    expect(id).toBeDefined();
    await expectText(visible(page, '.request-status'), '已提交');
    await shot(page, 'policies-5-request');
    expect((await fn('requests', 'demo-applicant', 'get', { id })).data).toMatchObject({
      category: 'policy',
      title: '政策咨询：青年创业启动资助',
      body: expect.stringContaining('种子期团队申请启动资助需要准备哪些材料？'),
    });

    // Search in English finds it too.
    await page.goto(`${e2e.cloud.url}/#/policies/pages/catalogue/index`);
    await visible(page, '.catalogue__query input, input.catalogue__query').fill('seed funding');
    await visible(page, '.catalogue__search').click();
    await expectText(visible(page, '.catalogue__count'), '共 1 项');
    await expectText(visible(page, '.catalogue__list'), '青年创业启动资助');
    await page.close();
  });

  it('a liaison sees their talents, opens one and logs a visit', async () => {
    const desk = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await desk.goto(`${e2e.cloud.url}/`);
    await desk.evaluate(() => localStorage.setItem('dev.openId', 'demo-unit'));
    await desk.goto(`${e2e.cloud.url}/#/admin/pages/index/index`);
    await visible(desk, '.admin-index__entry--liaison-talents').click();
    await expectText(visible(desk, '.liaison-talents__list'), 'demo-talent-chen');
    const row = visible(desk, '.liaison-talent-row--demo-applicant');
    await expectText(row, '应于');
    await shot(desk, 'liaison-1-talents');
    await row.click();

    // The record, read-only: the request the talent filed above is there.
    await expectText(visible(desk, '.liaison-talent__requests'), '政策咨询：青年创业启动资助');
    await visible(desk, '.liaison-field--topic input, input.visit-form__topic').fill('创业启动资助申请辅导');
    await visible(desk, '.liaison-field--followUp textarea, textarea.visit-form__follow-up').fill('下周带齐材料到区科经委窗口');
    await visible(desk, '.visit-form__submit').click();
    await expectText(visible(desk, '.visit-form__message'), `已记录 ${today()} 的走访`);
    await expectText(visible(desk, '.liaison-talent__visits'), '创业启动资助申请辅导');
    await shot(desk, 'liaison-2-visit');

    const mine = (await fn('liaisons', 'demo-unit', 'myTalents')).data.items.find(
      (t: { talentId: string }) => t.talentId === 'demo-applicant',
    );
    expect(mine).toMatchObject({ lastContactOn: today(), overdue: false });
    // Opening the talent was audited.
    const audit = await fn('admin', 'demo-admin', 'auditLog', { action: 'liaisons.view' });
    expect(audit.data.items).toContainEqual(
      expect.objectContaining({ actor: 'demo-unit', action: 'liaisons.view', target: { collection: 'users', id: 'demo-applicant' } }),
    );
    await desk.close();
  });
});
