import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { e2eSession } from './support/session';

// The apartment staff screens in a desktop browser (H5) against the demo district (local-cloud/seed/demo-housing.ts):
// the operator offers a unit to the head of Zhangjiang's one-room list on the board, then records a move-out.

const e2e = e2eSession();
let page: Page;

beforeAll(async () => {
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});

const housing = (openId: string, action: string, payload: unknown) => e2e.fn('housing', openId, action, payload);

async function openAs(persona: string, path: string): Promise<void> {
  await page.goto(`${e2e.cloud.url}/`);
  await page.evaluate((p) => localStorage.setItem('dev.openId', p), persona);
  await page.goto(`${e2e.cloud.url}/#/admin/pages/${path}`);
}

// Taro's H5 keeps visited pages in the DOM, hidden: scope every selector to the visible page.
const on = (selector: string) => page.locator(selector).locator('visible=true').first();
const expectText = (selector: string, text: string) =>
  page.locator(selector).locator('visible=true').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });

describe('the apartment staff screens (H5)', () => {
  it("the operator offers a free one-room unit to the head of Zhangjiang's list", async () => {
    const list = await housing('demo-operator', 'waitingList', { buildingId: 'apt-zhangjiang', unitType: 'one-room' });
    const head = list.data.items[0];
    await openAs('demo-operator', 'housing-board/index?building=apt-zhangjiang&type=one-room');
    await expectText('.housing-applicant--head', head.person.name);
    await on('.housing-unit--free').click();
    await expectText('.housing-board__offer-what', head.person.name);
    await on('.housing-board__offer').click();
    await expectText('.housing-board__result', `已向 ${head.person.name} 发出邀约`);
    await expectText('.housing-board__pending', '截止');
    await page.screenshot({ path: join(SCREENSHOTS, 'housing-board.png'), fullPage: true });
    const units = await housing('demo-operator', 'units', { buildingId: 'apt-zhangjiang' });
    const held = units.data.items.flatMap((u: { periods: Array<{ holderId: string; kind: string }> }) => u.periods);
    expect(held).toContainEqual(expect.objectContaining({ holderId: head._id, kind: 'offer' }));
  });

  it('the operator records a move-out on the lease list; the unit is free again', async () => {
    await openAs('demo-operator', 'housing-leases/index?building=apt-zhangjiang&filter=ending-60');
    const row = page.locator('.housing-lease').locator('visible=true').first();
    await row.waitFor({ timeout: 20_000 });
    const leaseId = (await row.getAttribute('class'))!.match(/housing-lease--(lease-[\w-]+)/)![1];
    await row.locator('.housing-lease__move-out').click();
    await on('.housing-move-out__inspection textarea, textarea.housing-move-out__inspection').fill('房屋完好，钥匙已收回');
    await on('.housing-move-out__deductions input, input.housing-move-out__deductions').fill('0');
    await on('.housing-move-out__submit').click();
    await expectText('.housing-leases__notice', '已记录退房');
    await page.screenshot({ path: join(SCREENSHOTS, 'housing-leases.png'), fullPage: true });
    const leases = await housing('demo-operator', 'leases', { buildingId: 'apt-zhangjiang', status: 'ended' });
    expect(leases.data.items.map((l: { _id: string }) => l._id)).toContain(leaseId);
  });
});
