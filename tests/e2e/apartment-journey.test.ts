import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../core/calendar/dates';
import { addMonths } from '../../core/dates';
import { today } from '../support/clock';
import { callFunction } from '../support/local-cloud';
import { dbOf } from '../support/stays';
import { SCREENSHOTS } from './support/browser';
import { e2eSession, upload as uploadFile, visible } from './support/session';
import { sampleFiles } from './support/sample-files';

const e2e = e2eSession();
const { pdf: PDF } = sampleFiles();

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 15_000 });
  expect(await locator.innerText()).toContain(text);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const upload = (page: Page, kind: string) => uploadFile(page, kind, PDF);

const TODAY = today();
// Jinqiao has nobody waiting in the demo data, so the applicant is the head of its studio list once confirmed.
const BUILDING = 'apt-jinqiao';
const UNIT = 'apt-jinqiao-201';

describe('talent apartments in the H5 app', () => {
  it('apply, the employer confirms, a unit is offered, a viewing booked, the lease signed and later renewed', async () => {
    const applicant = await e2e.phone('demo-applicant');

    // The applicant: home → the apartments → Jinqiao → apply for a studio.
    await applicant.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible(applicant, '.home__apply--apartment').click();
    await visible(applicant, `.housing-buildings__item--${BUILDING}`).waitFor({ timeout: 20_000 });
    await shot(applicant, 'apartment-01-buildings');
    await visible(applicant, `.housing-buildings__item--${BUILDING} .housing-buildings__open`).click();
    await expectText(visible(applicant, '.housing-building'), '金桥人才公寓');
    await expectText(visible(applicant, '.housing-building__type--studio'), '您支付 2240 元/月');
    await shot(applicant, 'apartment-02-building');
    await visible(applicant, '.housing-building__apply--studio').click();

    await visible(applicant, '.housing-apply').waitFor();
    const fill = (field: string, value: string) => visible(applicant, `.form__field--${field} input`).fill(value);
    await visible(applicant, '.form__choice--category .form__chip--young').click();
    await visible(applicant, '.form__choice--degree .form__chip--master').click();
    await fill('name', '林晓');
    await fill('phone', '13800000000');
    await fill('idNumber', '310101199001011234');
    await fill('creditCode', '91310115MA1K3YJ2X8');
    await visible(applicant, '.form__check--socialInsurance').click();
    // Owning a home in Shanghai fails core's rule, explained at once; unticked, the rule is met again.
    await visible(applicant, '.form__check--ownsHome').click();
    await expectText(visible(applicant, '.stay-rules__unmet--no-home'), '须在上海无自有住房');
    await visible(applicant, '.form__check--ownsHome').click();
    await upload(applicant, 'labour-contract');
    await upload(applicant, 'social-insurance-record');
    await upload(applicant, 'no-home-declaration');
    await visible(applicant, '.housing-apply__rules .stay-rules__ok').waitFor();
    await visible(applicant, '.form__check--consent').click();
    await shot(applicant, 'apartment-03-form');
    await visible(applicant, '.housing-apply__submit').click();
    await visible(applicant, '.housing-apply-done').waitFor({ timeout: 20_000 });
    const id = ((await visible(applicant, '.housing-apply-done__number').innerText()).match(/apt-[0-9a-f]{32}/) ?? [''])[0];
    expect(id).toMatch(/^apt-[0-9a-f]{32}$/);
    await visible(applicant, '.housing-apply-done__mine').click();
    await expectText(visible(applicant, '.housing-application__employer'), '等待用人单位确认在职情况');
    await shot(applicant, 'apartment-04-awaiting-employer');

    // The employer's HR, on their own phone: Me → the confirmations → confirm.
    const hr = await e2e.phone('demo-employer');
    await hr.goto(`${e2e.cloud.url}/#/pages/me/index`);
    await visible(hr, '.me__employer-button').click();
    const item = visible(hr, `.housing-employer__item--${id}`);
    await expectText(item, '林晓 · 青年人才 · 硕士');
    await expectText(item, '金桥人才公寓 · 单间 · 1 人入住');
    await shot(hr, 'apartment-05-employer-queue');
    await visible(hr, `.housing-employer__item--${id} .housing-employer__confirm`).click();
    await expectText(visible(hr, '.housing-employer__notice'), '已确认 林晓 的在职情况');
    await visible(hr, '.housing-employer__empty').waitFor();
    await hr.close();

    // Back on the applicant's phone: on the list, first of one.
    await applicant.reload();
    await expectText(visible(applicant, '.housing-application__position'), '轮候第 1 位（共 1 户）');
    await expectText(visible(applicant, '.housing-application__employer'), '用人单位已确认在职情况');

    // The operator, at the desk: the allocation board of Jinqiao's studios, a lease from a week ahead, the free
    // unit offered to the head of the list (the applicant).
    const start = addDays(TODAY, 7);
    const desk = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await desk.addInitScript(() => localStorage.setItem('dev.openId', 'demo-operator'));
    await desk.goto(`${e2e.cloud.url}/#/admin/pages/housing-board/index?building=${BUILDING}&type=studio`);
    await expectText(visible(desk, '.housing-applicant--head'), '林晓');
    await visible(desk, `.housing-board__day--${start}`).click();
    await visible(desk, `.housing-unit--${UNIT}.housing-unit--free`).click();
    await visible(desk, '.housing-board__offer').click();
    await visible(desk, '.housing-board__result').waitFor({ timeout: 15_000 });
    await shot(desk, 'apartment-05b-operator-offer');
    await desk.close();
    const offered = (await callFunction(e2e.cloud, 'housing', { action: 'mine' }, 'demo-applicant')).body.data.applications[0];
    expect(offered).toMatchObject({ _id: id, status: 'offered', offer: { unitId: UNIT, start } });
    const { expiresOn, end } = offered.offer;

    // The applicant sees the offer from My bookings, books a viewing and accepts.
    await applicant.goto(`${e2e.cloud.url}/#/pages/bookings/index`);
    const card = visible(applicant, '.booking-card--apartment.booking-card--offered');
    await expectText(card, '待确认配租');
    await visible(applicant, '.booking-card--apartment .booking-card__open').click();
    await expectText(visible(applicant, '.housing-application__deadline'), `请在 ${expiresOn}（含）前确认`);
    await shot(applicant, 'apartment-06-offer');
    const day = addDays(TODAY, 1);
    await visible(applicant, `.housing-application__slot--${day}-1400`).click();
    await expectText(visible(applicant, '.housing-application__viewing'), `已预约看房：${day} 14:00`);
    await visible(applicant, '.housing-application__accept').click();
    const lease = visible(applicant, '.housing-lease');
    await expectText(lease, `租期：${start} 至 ${end}`);
    await expectText(lease, '月租金：2240 元');
    await expectText(lease, '押金：3200 元');
    await expectText(lease, '待入住交接');
    await expectText(lease, `可于 ${addDays(end, -60)} 起申请续租`);
    await shot(applicant, 'apartment-07-lease');

    // The lease document opens in a new tab as a PDF; then the tenant confirms and signs the text they opened.
    // (Headless Chromium may download a PDF rather than show it: the tab's request is what is checked.)
    const [pdfRequest] = await Promise.all([
      applicant.context().waitForEvent('request', { predicate: (r) => r.url().includes('lease.pdf'), timeout: 15_000 }),
      visible(applicant, '.housing-lease__document-open').click(),
    ]);
    const pdf = Buffer.from(await (await fetch(pdfRequest.url())).arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    for (const tab of applicant.context().pages()) if (tab !== applicant) await tab.close();
    await visible(applicant, '.housing-lease__sign').click();
    await expectText(visible(applicant, '.housing-lease__signed'), '已确认签署租约');
    const signedLease = (await dbOf(e2e.cloud).collection('apartment_leases').doc(`lease-${id}`).get()).data[0];
    expect(signedLease.signature).toEqual({ at: expect.any(Date), textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // Months later: the lease is in its last 30 days (its end and the unit's period moved, as the clock would).
    const db = dbOf(e2e.cloud);
    const leaseId = `lease-${id}`;
    const newEnd = addDays(TODAY, 30);
    await db
      .collection('apartment_leases')
      .doc(leaseId)
      .update({ start: addMonths(newEnd, -12), end: newEnd });
    await db
      .collection('apartment_units')
      .doc(UNIT)
      .update({ periods: db.command.set([{ start: addMonths(newEnd, -12), end: newEnd, holderId: id, kind: 'lease', expiresOn: null }]) });
    await applicant.reload();
    await visible(applicant, '.housing-lease__renew').click();
    const renewedEnd = addMonths(newEnd, 12);
    await expectText(visible(applicant, '.housing-lease__renewal'), `续租记录：${TODAY} 续租 12 个月至 ${renewedEnd}`);
    await expectText(visible(applicant, '.housing-lease__term'), `至 ${renewedEnd}`);
    await shot(applicant, 'apartment-08-renewed');

    const mine = (await callFunction(e2e.cloud, 'housing', { action: 'mine' }, 'demo-applicant')).body;
    expect(mine.data.leases).toEqual([expect.objectContaining({ _id: leaseId, end: renewedEnd, months: 24, status: 'active' })]);
    expect(mine.data.applications).toEqual([expect.objectContaining({ _id: id, status: 'leased', viewing: { date: day, time: '14:00' } })]);
    await applicant.close();
  });
});
