import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { consentFirst } from '../support/consent';
import { dbOf } from '../support/stays';
import { SCREENSHOTS } from './support/browser';
import { e2eSession, visible } from './support/session';

/**
 * Events in the H5 build against the local cloud and its demo events: a talent signs up for a first-come session
 * and enters the family camp's lottery; once the window has closed (moved into the past in the database) the
 * organiser draws it from the sign-ups page and the talent sees the published draw and checks it; on the day the
 * organiser checks the talent in at the door by the code of their QR, typed into the operator's scanner.
 */
// The app's role switcher knows only the demo personas: the talent is the demo applicant.
const TALENT = 'demo-applicant';
const OTHER = 'e2e-event-other';
const CAMP = 'ev-family-camp';
const BRIEFING = 'ev-policy-briefing';

const e2e = e2eSession();
let talent: Page;
let organiser: Page;

const events = (openId: string, action: string, payload: unknown) => e2e.fn('events', openId, action, payload);

async function pageAs(openId: string): Promise<Page> {
  const page = await e2e.browser.newPage({ viewport: { width: 430, height: 900 }, locale: 'zh-CN' });
  await page.addInitScript((id) => localStorage.setItem('dev.openId', id), openId);
  return page;
}

async function waitText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).locator('visible=true').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  await consentFirst(e2e.cloud, [TALENT, OTHER]);
  talent = await pageAs(TALENT);
  organiser = await pageAs('demo-operator');
});

describe('events in the H5 app', () => {
  it('signs up for a first-come session from the list', async () => {
    await talent.goto(`${e2e.cloud.url}/#/pages/home/index`);
    await visible(talent, '.home__events').click();
    await visible(talent, `.events__item--${BRIEFING}`).click();
    await waitText(talent, '.event__title', '海外人才政策宣讲会');
    await visible(talent, '.session__sign-up').click();
    await visible(talent, '.sign-up__submit').click();
    await waitText(talent, '.session__status', '报名成功');
    await talent.screenshot({ path: join(SCREENSHOTS, 'events-signed-up.png') });
    const mine = await events(TALENT, 'mine', {});
    expect(mine.data.items).toEqual([expect.objectContaining({ eventId: BRIEFING, status: 'confirmed', partySize: 1 })]);
  });

  it('enters the family camp lottery with a child, answering the field it asks', async () => {
    await talent.goto(`${e2e.cloud.url}/#/events/pages/detail/index?id=${CAMP}`);
    await waitText(talent, '.event__title', '亲子研学夏令营');
    await visible(talent, '.session__sign-up').click();
    await visible(talent, '.sign-up__submit').click();
    await waitText(talent, '.sign-up__error', '请填写此项');
    await visible(talent, '.sign-up__more').click();
    await visible(talent, '.sign-up__field--childrenAges input').fill('7');
    await visible(talent, '.sign-up__submit').click();
    await waitText(talent, '.session__status', '已参与抽签');
    await waitText(talent, '.session__draw-pending', '公开摇号');
    const entry = (await events(TALENT, 'mine', {})).data.items.find((s: { eventId: string }) => s.eventId === CAMP);
    expect(entry).toMatchObject({ status: 'entered', partySize: 2, answers: { childrenAges: '7' } });
    // Someone else enters too, through the function.
    expect((await events(OTHER, 'signUp', { sessionId: `${CAMP}-s0`, partySize: 1, answers: { childrenAges: '5' } })).ok).toBe(true);
  });

  it('the organiser draws the camp once sign-up has closed, and the talent sees and checks the published draw', async () => {
    // Sign-up closes in two weeks; the window is moved into the past directly in the database.
    await dbOf(e2e.cloud)
      .collection('events')
      .doc(CAMP)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    await organiser.goto(`${e2e.cloud.url}/#/admin/pages/index/index`);
    await visible(organiser, '.admin-index__entry--events').click();
    await visible(organiser, `.events-admin__session--${CAMP}-s0`).click();
    await waitText(organiser, '.sign-ups__row', '已参与抽签');
    await visible(organiser, '.sign-ups__draw').click();
    await visible(organiser, '.sign-ups__confirm--draw').click();
    await waitText(organiser, '.sign-ups__notice', '摇号完成');
    await organiser.screenshot({ path: join(SCREENSHOTS, 'events-drawn.png') });

    await talent.goto(`${e2e.cloud.url}/#/events/pages/detail/index?id=${CAMP}`);
    await visible(talent, '.draw__seed').waitFor({ timeout: 20_000 });
    const seed = (await events(TALENT, 'get', { id: CAMP })).data.sessions[0].draw.seed;
    expect(await visible(talent, '.draw__seed').innerText()).toContain(seed);
    await waitText(talent, '.draw__entry--mine', '中签');
    await waitText(talent, '.session__status', '已中签');
    await visible(talent, '.draw__check').click();
    await waitText(talent, '.draw__verdict--ok', '核对一致');
    await talent.screenshot({ path: join(SCREENSHOTS, 'events-published-draw.png') });
  });

  it('the organiser checks the talent in at the door by the code of their QR', async () => {
    await talent.goto(`${e2e.cloud.url}/#/events/pages/mine/index`);
    await visible(talent, '.mine__item--confirmed .check-in-code__image').waitFor({ timeout: 20_000 });
    const signUp = (await events(TALENT, 'mine', {})).data.items.find((s: { eventId: string }) => s.eventId === BRIEFING);
    // The briefing is a week off; its session is moved to now (check-in opens 2 hours before the start).
    await dbOf(e2e.cloud)
      .collection('event_sessions')
      .doc(`${BRIEFING}-s0`)
      .update({ startsAt: new Date(Date.now() + 30 * 60_000), endsAt: new Date(Date.now() + 120 * 60_000) });
    await organiser.goto(`${e2e.cloud.url}/#/admin/pages/check-in/index`);
    await visible(organiser, '.check-in__code input, input.check-in__code').fill(signUp.checkInCode);
    await visible(organiser, '.check-in__look-up').click();
    await waitText(organiser, '.check-in__status', '已签到');
    expect((await events(TALENT, 'mine', {})).data.items.find((s: { id: string }) => s.id === signUp.id).status).toBe('attended');
    await organiser.screenshot({ path: join(SCREENSHOTS, 'events-checked-in.png') });
  });
});
