import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, shanghaiDateOf } from '../../core/calendar/dates';
import { callFunction } from '../support/local-cloud';
import { SCREENSHOTS } from './support/browser';
import { e2eSession, inPlace, shot as shotOf, upload as uploadOn, visible as visibleOn } from './support/session';
import { pick, tapDay } from './support/nutui';
import { sampleFiles } from './support/sample-files';

const e2e = e2eSession();
let context: BrowserContext;
let page: Page;
// A real (tiny) PDF and PNG: what an applicant's phone would upload.
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

describe('applying in the H5 app on a 390×844 phone', () => {
  it('a returnee applies for a stay through the wizard, the operator approves it, and My bookings shows its check-in QR code one tap away', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible('.home__station').waitFor({ timeout: 20_000 });
    await shot('01-home');
    await visible('.home__apply--stay').click();

    await visible('.stay-who').waitFor();
    await visible('.stay__next').click();
    await visible('.form__field--invalid').waitFor();
    await shot('02-stay-who-errors');
    await fill('name', '李归国');
    await fill('phone', '+8613800000000');
    await fill('idNumber', 'E98765432');
    await fill('yearsAbroad', '5');
    await visible('.form__check--intendsShanghai').click();
    await visible('.stay-rules__ok').waitFor();
    await shot('03-stay-who');
    await visible('.stay__next').click();

    const checkIn = addDays(TODAY, 3);
    await tapDay(page, checkIn);
    await tapDay(page, addDays(TODAY, 6));
    await visible('.stay-dates__check-out').waitFor();
    await shot('04-stay-dates');
    await visible('.stay__next').click();

    await visible('.form__choice--pickup .form__chip--want').click();
    await visible('.form__choice--place .form__chip--PVG').click();
    await fill('number', 'MU5101');
    await visible(`.form__choice--arrivalDay .form__chip--${checkIn}`).click();
    await pick(page, '.time-field--arrivalTime', ['09', '30']);
    await visible('.time-field--arrivalTime').filter({ hasText: '09:30' }).waitFor();
    await shot('05-stay-pickup');
    await visible('.stay__next').click();

    await upload('passport', PNG);
    await upload('work-proof', PDF);
    await shot('06-stay-documents');
    await visible('.stay__next').click();

    await visible('.stay-review').waitFor();
    await visible('.form__check--consent').click();
    await shot('07-stay-review');
    await visible('.stay-review__submit').click();
    await visible('.stay-done').waitFor({ timeout: 20_000 });
    await shot('08-stay-done');
    const id = ((await visible('.stay-done__number').innerText()).match(/stay-[0-9a-f]+/) ?? [''])[0];
    expect(id).toMatch(/^stay-[0-9a-f]{32}$/);

    // The server holds it as submitted: pending, the pickup registered, the documents in storage.
    const mine = (await callFunction(e2e.cloud, 'stays', { action: 'mine' }, 'demo-applicant')).body;
    expect(mine.data.items).toHaveLength(1);
    expect(mine.data.items[0]).toMatchObject({
      _id: id,
      status: 'pending',
      checkIn,
      nights: 3,
      pickup: { place: 'PVG', number: 'MU5101' },
    });
    // The time chosen on NutUI's picker, in Beijing time.
    expect(new Date(mine.data.items[0].pickup.arrivalAt).toISOString()).toBe(new Date(`${checkIn}T09:30:00+08:00`).toISOString());
    const fileIds: string[] = mine.data.items[0].documents.map((d: { fileId: string }) => d.fileId);
    expect(fileIds).toHaveLength(2);
    for (const fileId of fileIds) {
      const path = fileId.replace('cloud://local-env.local-bucket/', '');
      expect(path).toMatch(/^uploads\/demo-applicant\/stay-documents\//);
      expect((await fetch(`${e2e.cloud.url}/storage/file/${path}`)).status).toBe(200);
    }

    const approved = await callFunction(
      e2e.cloud,
      'stays',
      { action: 'approve', payload: { id }, requestId: `approve-${id}` },
      'demo-operator',
    );
    expect(approved.body).toMatchObject({ ok: true, data: { status: 'approved' } });

    await visible('.stay-done__bookings').click();
    await visible(`.booking-card--approved .booking-card__show-code`).waitFor({ timeout: 20_000 });
    const card = visible('.booking-card--approved');
    expect(await card.innerText()).toContain(`入住码：${id}`);
    expect(await card.innerText()).toContain('上海市浦东新区示例路 100 号');
    await shot('09-bookings-approved');

    // One tap to the QR code the desk scans (a page of the applications subpackage, out of the main package).
    await visible('.booking-card--approved .booking-card__show-code').click();
    await visible('.check-in-pass .check-in-code__image').waitFor({ timeout: 20_000 });
    expect(await visible('.check-in-pass .check-in-code__image img').getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(await visible('.check-in-pass').innerText()).toContain(`入住码：${id}`);
    await page.waitForTimeout(300); // the page's slide-in, for the screenshot
    await shot('09b-check-in-pass');
  });

  it('a startup team applies for co-working seats, in English', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible('.home .role-switcher__option--demo-team').click();
    await visible('.home__apply--seat').waitFor({ timeout: 20_000 });
    await visible('.home__language').click();
    await visible('.home__apply--seat').filter({ hasText: 'Apply for seats' }).waitFor();
    await shot('10-home-en');
    await visible('.home__apply--seat').click();

    await visible('.seat').waitFor();
    await visible('.seat__submit').click();
    await visible('.form__field--invalid').waitFor();
    await shot('11-seat-errors');
    expect(await visible('.form__field--teamName .form__error').innerText()).toBe('Required');
    await fill('teamName', '星火智能');
    await fill('summary', '面向中小制造企业的视觉质检软件，已有两家试点客户。');
    await fill('leaderName', '张创业');
    await fill('leaderPhone', '13900000000');
    await visible('.form__choice--leaderKind .form__chip--id-card').click();
    await fill('leaderId', '310101199001011234');
    await visible('.seat-members__add').click();
    await fill('member-name-0', '陈成员');
    await fill('member-phone-0', '13712345678');
    await fill('member-id-0', '310101199202022343');
    await visible('.form__choice--seats .form__chip--2').click();
    await visible('.form__choice--months .form__chip--2').click();
    const start = addDays(TODAY, 7);
    await tapDay(page, start);
    await upload('business-plan', PDF);
    await visible('.form__check--consent').click();
    await shot('12-seat-form');
    await visible('.seat__submit').click();
    await visible('.seat-done').waitFor({ timeout: 20_000 });
    await shot('13-seat-done');
    expect(await visible('.seat-done').innerText()).toContain('Seat application submitted');

    // The leader's next step: the invite link (a share card in WeChat; in H5 the link to copy).
    await visible('.seat-done__invite').click();
    await visible('.team-invite__link').waitFor({ timeout: 20_000 });
    const link = await visible('.team-invite__link').innerText();
    expect(link).toMatch(new RegExp(`^${e2e.cloud.url}/#/apply/pages/join/index\\?id=seat-[0-9a-f-]+&token=[A-Za-z0-9_-]{22}$`));
    expect(await visible('.team-invite').innerText()).toContain('Now 2 people (leader included)');
    await inPlace(page, '.team-invite');
    await shot('13b-seat-invite');
    await page.goBack();

    const mine = (await callFunction(e2e.cloud, 'workspaces', { action: 'mine' }, 'demo-team')).body;
    expect(mine.data.items).toHaveLength(1);
    expect(mine.data.items[0]).toMatchObject({
      status: 'pending',
      seats: 2,
      months: 2,
      startDate: start,
      team: { name: '星火智能', members: [{ name: '陈成员' }] },
    });

    await visible('.stay-done__bookings').click();
    await visible('.booking-card--seat.booking-card--pending').waitFor({ timeout: 20_000 });
    expect(await visible('.booking-card--seat').innerText()).toContain('Pending review');
    await shot('14-bookings-seat');

    // A second WeChat user opens the shared link in a browser of their own (Chinese) and joins the team.
    const joinerContext = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    try {
      const joiner = await joinerContext.newPage();
      const on = (selector: string): Locator => joiner.locator(selector).locator('visible=true').first();
      const type = (field: string, value: string) => on(`.form__field--${field} input`).fill(value);
      await joiner.goto(link);
      await on('.team-join__team').waitFor({ timeout: 20_000 });
      expect(await on('.team-join__team').innerText()).toContain('加入团队「星火智能」');
      expect(await on('.team-join__term').innerText()).toBe(`2 个工位 · 2 个月 · ${start} 至 ${addDays(mine.data.items[0].endDate, -1)}`);
      await on('.team-join__submit').click();
      expect(await on('.form__field--phone .form__error').innerText()).toBe('请填写 11 位中国大陆手机号');
      await type('name', '王加入');
      await type('phone', '13688887777');
      await on('.form__choice--idKind .form__chip--passport').click();
      await type('idNumber', 'E55667788');
      if (await joiner.locator('.form__check--consent').locator('visible=true').count()) await on('.form__check--consent').click();
      await joiner.screenshot({ path: join(SCREENSHOTS, '15-join-form.png'), fullPage: true });
      await on('.team-join__submit').click();
      await on('.team-join__done').waitFor({ timeout: 20_000 });
      await joiner.getByText('团队现有 3 人，最多 10 人').waitFor();
      await joiner.screenshot({ path: join(SCREENSHOTS, '16-join-done.png'), fullPage: true });
      await on('.team-join__bookings').click();
      await on('.booking-card--member').waitFor({ timeout: 20_000 });
      const memberCard = await on('.booking-card--member').innerText();
      expect(memberCard).toContain('星火智能');
      expect(memberCard).toContain('您是该团队的成员');
      expect(await joiner.locator('.booking-card--member .booking-card__cancel').count()).toBe(0);
      await joiner.screenshot({ path: join(SCREENSHOTS, '17-join-bookings.png'), fullPage: true });
    } finally {
      await joinerContext.close();
    }
    // The team as the server holds it: the leader's member and the one who joined, by their own account.
    const team = (await callFunction(e2e.cloud, 'workspaces', { action: 'get', payload: { id: mine.data.items[0]._id } }, 'demo-team')).body
      .data.team;
    expect(team.members).toEqual([
      expect.objectContaining({ name: '陈成员', phoneMasked: '*******5678' }),
      expect.objectContaining({ name: '王加入', phoneMasked: '*******7777', joinedAt: expect.any(String) }),
    ]);
    expect((await callFunction(e2e.cloud, 'workspaces', { action: 'joined' }, 'demo-applicant')).body.data.items).toEqual([
      expect.objectContaining({ team: { name: '星火智能' } }),
    ]);
  });
});
