import type { Page } from 'playwright-core';
import { addDays } from '../../core/calendar/dates';
import { addMonths } from '../../core/dates';
import { today } from '../support/clock';
import { DEMO_CREDIT_CODE } from '../support/housing';
import { newPassport } from '../support/stays';
import { e2eSession, shot, visible } from './support/session';

// 单位包租 in the H5 app against the demo district (local-cloud/seed/demo-housing.ts): the demo employer's HR asks
// for a unit of Zhangjiang's one-room type, the operator allocates it at the desk, HR names a staff member and
// passes on the code, and the staff member confirms on their own phone and has the lease.

const e2e = e2eSession();
const START = addDays(today(), 20);
const TENANT = { name: '沈安然', phone: '13800003333', passport: newPassport() };

async function phoneOf(persona: string, path: string): Promise<Page> {
  const page = await e2e.phone(persona);
  await page.goto(`${e2e.cloud.url}/#/${path}`);
  return page;
}

const expectText = (page: Page, selector: string, text: string) =>
  page.locator(selector).locator('visible=true').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });

const fill = (page: Page, scope: string, field: string, value: string) =>
  visible(page, `${scope} .form__field--${field} input`).fill(value);

describe('an employer block in the H5 app', () => {
  it('HR asks, the operator allocates, HR names a tenant, who confirms with the code and has the lease', async () => {
    const hr = await phoneOf('demo-employer', 'housing/pages/employer/index');
    await visible(hr, '.housing-blocks__ask').click();
    await fill(hr, '.housing-blocks', 'creditCode', DEMO_CREDIT_CODE);
    await visible(hr, '.housing-blocks .form__choice--buildingId .form__chip--apt-zhangjiang').click();
    await visible(hr, '.housing-blocks .form__choice--unitType .form__chip--one-room').click();
    await fill(hr, '.housing-blocks', 'units', '1');
    await fill(hr, '.housing-blocks', 'start', START);
    await visible(hr, '.housing-blocks__submit').click();
    await expectText(hr, '.housing-blocks__notice', '包租申请已提交');
    const asked = (await e2e.fn('tenancies', 'demo-employer', 'employerBlocks', {})).data.items.find(
      (b: { start: string; status: string }) => b.start === START && b.status === 'pending',
    );
    expect(asked).toMatchObject({ units: 1, unitType: 'one-room', buildingId: 'apt-zhangjiang' });
    await shot(hr, 'blocks-01-asked');

    // The operator at the desk: the block is in Zhangjiang's queue, the first free unit chosen.
    const desk = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await desk.addInitScript(() => localStorage.setItem('dev.openId', 'demo-operator'));
    await desk.goto(`${e2e.cloud.url}/#/admin/pages/housing-blocks/index`);
    await visible(desk, '.housing-building--apt-zhangjiang').click();
    const item = `.housing-blocks__item--${asked._id}`;
    await expectText(desk, item, '示例科技有限公司');
    await visible(desk, `${item} .housing-blocks__allocate-submit`).click();
    await expectText(desk, '.housing-blocks__message', '已为 示例科技有限公司 分配房源');
    await shot(desk, 'blocks-02-allocated');

    // HR sees the unit and names the staff member: the code to pass on is shown.
    await hr.reload();
    const block = `.housing-blocks__item--${asked._id}`;
    await expectText(hr, `${block} .housing-blocks__status`, '已分配');
    await visible(hr, `${block} .housing-blocks__name`).click();
    await fill(hr, block, 'name', TENANT.name);
    await fill(hr, block, 'phone', TENANT.phone);
    await visible(hr, `${block} .form__choice--idKind .form__chip--passport`).click();
    await fill(hr, block, 'idNumber', TENANT.passport);
    await visible(hr, `${block} .housing-blocks__name-submit`).click();
    // HR's first personal data: the app shows the privacy policy; accepting sends the same naming again.
    await hr.locator('.taro-model__confirm').click({ timeout: 15_000 });
    await expectText(hr, '.housing-blocks__notice', '确认码');
    const code = ((await visible(hr, '.housing-blocks__notice').innerText()).match(/确认码 ([A-Z2-9]{10})/) ?? [])[1];
    expect(code).toBeDefined();
    await shot(hr, 'blocks-03-named');

    // The staff member, on their own phone (the demo applicant's account): the code and their passport make the
    // lease theirs.
    const tenant = await phoneOf('demo-applicant', 'housing/pages/confirm-tenancy/index');
    await fill(tenant, '.housing-tenancy', 'code', code!);
    await visible(tenant, '.housing-tenancy .form__choice--idKind .form__chip--passport').click();
    await fill(tenant, '.housing-tenancy', 'idNumber', TENANT.passport);
    await visible(tenant, '.housing-tenancy__submit').click();
    const end = addMonths(START, 12);
    await expectText(tenant, '.housing-tenancy__done', `${START} 至 ${end}`);
    await shot(tenant, 'blocks-04-confirmed');
    await visible(tenant, '.housing-tenancy__mine').click();
    await expectText(tenant, '.housing-lease', `租期：${START} 至 ${end}`);
    const mine = await e2e.fn('housing', 'demo-applicant', 'mine', {});
    expect(mine.data.leases.filter((l: { blockId?: string }) => l.blockId === asked._id)).toEqual([
      expect.objectContaining({ tenantName: TENANT.name, status: 'active', start: START, end }),
    ]);
  });
});
