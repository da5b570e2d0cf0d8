import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { e2eSession, visible } from './support/session';
import { pick } from './support/nutui';
import { sampleFiles } from './support/sample-files';

const e2e = e2eSession();

// A real (1×1) PNG, as a phone's photo would be: the function checks the stored bytes against what is declared.
const PHOTO = sampleFiles().png;

const { fn } = e2e;

/** The operator triages and dispatches, the unit accepts: the staff side, through the functions. */
async function dispatchAndAccept(id: string): Promise<void> {
  expect(await fn('requests', 'demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss' })).toMatchObject({ ok: true });
  expect(await fn('requests', 'demo-operator', 'dispatch', { id })).toMatchObject({ ok: true, data: { status: 'dispatched' } });
  expect(await fn('requests', 'demo-unit', 'accept', { id })).toMatchObject({ ok: true, data: { status: 'in_progress' } });
}

/** The unit handler's desk: the admin inbox in a desktop browser of its own (its own role-switcher choice). */
async function openInbox(): Promise<Page> {
  const desk = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await desk.goto(`${e2e.cloud.url}/`);
  await desk.evaluate(() => localStorage.setItem('dev.openId', 'demo-unit'));
  await desk.goto(`${e2e.cloud.url}/#/admin/pages/inbox/index`);
  return desk;
}

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 15_000 });
  expect(await locator.innerText()).toContain(text);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Files a request through the three steps of the form; answers the new request's id. */
async function fileRequest(
  page: Page,
  prefix: string,
  texts: { title: string; body: string; review: string; accept: string },
  photo?: string,
): Promise<string> {
  await visible(page, '.requests__new-button').click();
  await visible(page, '.option-picker--category').waitFor();
  await shot(page, `${prefix}-1-category`);
  await visible(page, '.request-form__next').click();
  await expectText(
    visible(page, '.request-form__error--category'),
    texts.review === 'Review' ? 'Please choose a category' : '请选择一个类别',
  );
  await pick(page, '.option-picker--category', [texts.review === 'Review' ? 'Talent housing' : '人才安居']);
  await expectText(visible(page, '.option-picker--category'), texts.review === 'Review' ? 'Talent housing' : '人才安居');
  await visible(page, '.request-form__next').click();

  await visible(page, '.request-form__title input').fill(texts.title);
  await visible(page, '.request-form__body textarea').fill(texts.body);
  if (photo) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), visible(page, '.request-form__add-photo').click()]);
    await chooser.setFiles(photo);
    await visible(page, '.request-form__photo').waitFor({ timeout: 15_000 });
  }
  await shot(page, `${prefix}-2-details`);
  await visible(page, '.request-form__next').click();
  await expectText(visible(page, '.nut-step-process .nut-step-title'), texts.review);
  await expectText(visible(page, '.request-form__review-title'), texts.title);
  await shot(page, `${prefix}-3-review`);
  await visible(page, '.request-form__submit').click();

  // First personal data from this user: the transport shows the policy; accepting retries the same submit.
  const confirm = page.locator('.taro-model__confirm');
  await confirm.waitFor({ timeout: 15_000 });
  expect(await confirm.innerText()).toBe(texts.accept);
  await shot(page, `${prefix}-4-consent`);
  await confirm.click();

  const number = visible(page, '.request-detail__number');
  await number.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    await shot(page, `${prefix}-failed-after-consent`);
    throw error;
  });
  const id = /R\d{8}-[0-9a-f]+/.exec(await number.innerText())?.[0];
  expect(id).toBeDefined();
  await shot(page, `${prefix}-5-submitted`);
  return id as string;
}

describe('a talent files a request, staff handle it, the talent rates it', () => {
  it('in Chinese', async () => {
    const page = await e2e.phone();
    await page.goto(`${e2e.cloud.url}/#/pages/requests/index`);
    await expectText(visible(page, '.requests__empty'), '您还没有提交过诉求');
    await shot(page, 'zh-0-list-empty');

    const id = await fileRequest(
      page,
      'zh',
      { title: '人才公寓申请进度', body: '申请人才公寓已一个月，想了解审核进度。', review: '确认提交', accept: '同意' },
      PHOTO,
    );
    await expectText(visible(page, '.request-status'), '已提交');
    // The photo went to storage under the caller and passed the function's check of the stored bytes.
    await expectText(visible(page, '.request-detail__attachments'), '附件 1 个');
    await expectText(visible(page, '.request-detail__row--unit'), '待分派');
    // One request, however many times the submit was sent (the consent retry reused the requestId).
    const mine = await fn('requests', 'demo-applicant', 'mine');
    expect(mine.data.items.map((i: { id: string }) => i.id)).toEqual([id]);

    await dispatchAndAccept(id);

    // The unit asks for information in its inbox.
    const desk = await openInbox();
    await visible(desk, `.request-row--${id}`).click();
    await visible(desk, '.info-question').waitFor({ timeout: 15_000 });
    await visible(desk, '.info-question__text textarea, textarea.info-question__text').fill('请补充近三个月的社保缴纳证明编号。');
    await visible(desk, '.info-question__ask').click();
    await expectText(visible(desk, '.inbox-panel__message'), '已通知申请人补充材料');
    await expectText(visible(desk, '.info-question__open'), '请补充近三个月的社保缴纳证明编号。');
    await expectText(visible(desk, `.request-row--${id}`), '待申请人补充');
    await desk.screenshot({ path: join(SCREENSHOTS, 'zh-6a-unit-asks.png'), fullPage: true });

    // The talent's list says the request needs their information; the request shows the question first.
    await page.goto(`${e2e.cloud.url}/#/pages/requests/index`);
    await expectText(visible(page, '.requests__item-badge--needs-info'), '待您补充材料');
    await shot(page, 'zh-6b-list-needs-info');
    await visible(page, '.requests__item').click();
    await expectText(visible(page, '.request-detail__question-heading'), '区人力资源和社会保障局请您补充材料');
    await expectText(visible(page, '.request-detail__question-text'), '请补充近三个月的社保缴纳证明编号。');
    await shot(page, 'zh-6c-question');
    await visible(page, '.add-info-form--answer textarea').fill('社保缴纳证明编号：SH-2026-118203，已在附件中上传。');
    await visible(page, '.add-info-form--answer .add-info-form__submit').click();
    await visible(page, '.request-detail__question')
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
    await expectText(visible(page, '.request-timeline__entry--addInfo'), '您答复了补充材料的问题');
    expect(await page.locator('.request-detail__question').locator('visible=true').count()).toBe(0);
    await shot(page, 'zh-6d-answered');

    // The unit sees the answer (the panel loaded again), and resolves in its inbox.
    await desk.reload();
    await visible(desk, `.request-row--${id}`).click();
    await expectText(visible(desk, '.info-question__answered'), 'SH-2026-118203');
    await visible(desk, '.inbox-action__text--resolve textarea, textarea.inbox-action__text--resolve').fill(
      '已为您加急审核，下周一可入住。',
    );
    await visible(desk, '.inbox-action__submit--resolve').click();
    await expectText(visible(desk, '.inbox-panel__message'), '已办结');
    await desk.screenshot({ path: join(SCREENSHOTS, 'zh-6e-unit-resolves.png'), fullPage: true });
    await desk.close();

    await page.reload();
    await expectText(visible(page, '.request-status'), '已办结');
    await expectText(visible(page, '.request-detail__row--unit'), '区人力资源和社会保障局');
    await expectText(visible(page, '.request-detail__row--deadline'), '派单后 5 个工作日');
    await expectText(visible(page, '.request-detail__reply'), '下周一可入住');
    const steps = await page.locator('.request-timeline__what').locator('visible=true').allInnerTexts();
    expect(steps).toEqual([
      '提交诉求',
      '已受理，5 个工作日内办结',
      expect.stringMatching(/^已派单至区人力资源和社会保障局，期限 \d{4}-\d{2}-\d{2}$/),
      '区人力资源和社会保障局已接单',
      '区人力资源和社会保障局请您补充材料',
      '您答复了补充材料的问题',
      '区人力资源和社会保障局已办结',
    ]);
    await shot(page, 'zh-6-resolved');

    await visible(page, '.rate-form__score--5').click();
    await visible(page, '.rate-form__verdict--satisfied').click();
    await visible(page, '.rate-form__comment textarea').fill('办理很及时，谢谢');
    await shot(page, 'zh-7-rating');
    await visible(page, '.rate-form__submit').click();
    await expectText(visible(page, '.request-detail__rating'), '您的评价：5 分，满意');
    await expectText(visible(page, '.request-status'), '已关闭');
    await shot(page, 'zh-8-rated');
    expect((await fn('requests', 'demo-applicant', 'get', { id })).data).toMatchObject({
      status: 'closed',
      rating: { score: 5, satisfied: true, comment: '办理很及时，谢谢' },
    });

    // The resolution is in the message list on Me.
    await page.goto(`${e2e.cloud.url}/#/pages/me/index`);
    await visible(page, '.me__messages .me__row-line').click();
    await expectText(visible(page, '.message-list__text'), '您的诉求“人才公寓申请进度”已办结');
    await shot(page, 'zh-9-messages');
    await page.close();
  });

  it('in English, end to end', async () => {
    const page = await e2e.phone(undefined, 'en-US');
    await page.goto(`${e2e.cloud.url}/#/pages/me/index`);
    await visible(page, '.me .role-switcher__option--demo-team').click();
    await expectText(visible(page, '.me__open-id'), 'demo-team');
    await visible(page, '.me__locale-button').click();
    await expectText(visible(page, '.me__language-current'), 'English');

    await page.goto(`${e2e.cloud.url}/#/pages/requests/index`);
    await expectText(visible(page, '.requests__new-button'), 'File a request');
    await expectText(visible(page, '.requests__empty'), 'You have not filed any requests yet');
    await shot(page, 'en-0-list-empty');

    const id = await fileRequest(page, 'en', {
      title: 'Talent flat: status?',
      body: 'I applied for a talent flat a month ago and would like to know where it stands.',
      review: 'Review',
      accept: 'Accept',
    });
    await expectText(visible(page, '.request-status'), 'Submitted');
    await expectText(visible(page, '.request-detail__row--category'), 'Talent housing');
    await expectText(visible(page, '.request-detail__row--deadline'), 'Set when dispatched');

    await dispatchAndAccept(id);
    expect(await fn('requests', 'demo-unit', 'askForInfo', { id, question: 'Please send your work permit number.' })).toMatchObject({
      ok: true,
    });
    await page.reload();
    await expectText(
      visible(page, '.request-detail__question-heading'),
      'District Human Resources and Social Security Bureau asks you for more information',
    );
    await shot(page, 'en-5a-question');
    await visible(page, '.add-info-form--answer textarea').fill('Work permit no. 31-2026-0042.');
    await visible(page, '.add-info-form--answer .add-info-form__submit').click();
    await expectText(visible(page, '.request-timeline__entry--addInfo'), 'You answered the question');
    expect((await fn('requests', 'demo-unit', 'get', { id })).data).toMatchObject({
      openQuestion: null,
      timeline: expect.arrayContaining([expect.objectContaining({ type: 'addInfo', text: 'Work permit no. 31-2026-0042.' })]),
    });
    expect(await fn('requests', 'demo-unit', 'resolve', { id, reply: 'We have prioritised your application.' })).toMatchObject({
      ok: true,
      data: { status: 'resolved' },
    });
    await page.reload();
    await expectText(visible(page, '.request-status'), 'Resolved');
    await expectText(visible(page, '.request-detail__row--unit'), 'District Human Resources and Social Security Bureau');
    await expectText(visible(page, '.request-detail__row--deadline'), '(5 working days after dispatch)');
    const steps = await page.locator('.request-timeline__what').locator('visible=true').allInnerTexts();
    expect(steps[0]).toBe('Request filed');
    expect(steps.at(-1)).toBe('Resolved by District Human Resources and Social Security Bureau');
    await shot(page, 'en-6-resolved');

    // Not satisfied: the request goes back to the unit once, with a fresh deadline.
    await visible(page, '.rate-form__score--2').click();
    await visible(page, '.rate-form__verdict--unsatisfied').click();
    await expectText(visible(page, '.rate-form__note'), 'goes back to the unit once more');
    await shot(page, 'en-7-rating');
    await visible(page, '.rate-form__submit').click();
    await expectText(visible(page, '.request-status'), 'In progress');
    const after = await page.locator('.request-timeline__what').locator('visible=true').allInnerTexts();
    expect(after.at(-1)).toMatch(/^Not satisfied: reopened, new deadline \d{4}-\d{2}-\d{2}$/);
    await shot(page, 'en-8-reopened');

    await page.goto(`${e2e.cloud.url}/#/pages/requests/index`);
    await expectText(visible(page, '.requests__item-title'), 'Talent flat: status?');
    await expectText(visible(page, '.requests__item .request-status'), 'In progress');
    await expectText(visible(page, '.requests__item-due'), 'Due ');
    await shot(page, 'en-9-list');
    await page.close();
  });

  it('Me: the talent exports their data and deletes their account', async () => {
    const page = await e2e.phone();
    await page.goto(`${e2e.cloud.url}/#/pages/me/index`);
    await expectText(visible(page, '.me__open-id'), 'demo-applicant');
    await visible(page, '.my-data__export').click();
    await expectText(visible(page, '.my-data__json'), '人才公寓申请进度');
    await shot(page, 'me-1-export');

    await visible(page, '.my-data__delete').click();
    await expectText(visible(page, '.my-data__warning'), '无法恢复');
    await shot(page, 'me-2-delete-confirm');
    await visible(page, '.my-data__delete-confirm').click();
    await expectText(visible(page, '.my-data__message--done'), '账号已注销');
    // A fresh account: nothing consented, and the old request is anonymised (kept for statistics, no title).
    await expectText(visible(page, '.me__consent-state'), '尚未同意隐私政策');
    await shot(page, 'me-3-deleted');
    expect((await fn('requests', 'demo-applicant', 'mine')).data.items).toEqual([]);
    await page.close();
  });
});
