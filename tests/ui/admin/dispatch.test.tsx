import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache } from '@/i18n';
import DispatchPage, { Board } from '@/admin/pages/dispatch';
import { restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { actAs, all, byClass, callsOf, CATEGORIES, detail, fail, fakeCloud, item, UNITS } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const directory = () => ({ units: UNITS, categories: CATEGORIES });

test.each(['demo-applicant', 'demo-unit'])('%s is shown no board and nothing is asked of the requests function', async (openId) => {
  actAs(openId);
  const calls = fakeCloud({});
  render(<DispatchPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(byClass('admin-state--forbidden').textContent).toBe('当前身份无权使用此页面');
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test.each(['demo-operator', 'demo-admin'])('%s sees the board: loading, then many rows with category names', async (openId) => {
  actAs(openId);
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: Array.from({ length: 30 }, (_, n) => item(n)), hasMore: true }),
  });
  render(<DispatchPage />);
  expect(byClass('admin-state--loading').textContent).toBe('加载中…');
  await waitFor(() => expect(all('request-row')).toHaveLength(30));
  expect(byClass('request-row--R-0').textContent).toContain('人才安居');
  expect(byClass('request-row--R-0').textContent).toContain('已提交');
  expect(callsOf(calls, 'requests.queue')[0].event.payload).toEqual({ statuses: ['submitted', 'returned'], page: 0, pageSize: 50 });
  fireEvent.click(byClass('dispatch__next'));
  await waitFor(() => expect(callsOf(calls, 'requests.queue')).toHaveLength(2));
  expect(callsOf(calls, 'requests.queue')[1].event.payload).toMatchObject({ page: 1 });
});

test('an empty column says so; a failed load shows the message and retries', async () => {
  actAs('demo-operator');
  let failing = true;
  fakeCloud({
    'requests.catalog': directory,
    'requests.queue': (payload) =>
      payload.statuses[0] === 'triaged'
        ? { items: [], hasMore: false }
        : failing
          ? fail('INTERNAL', '服务暂时不可用')
          : { items: [item(1)], hasMore: false },
  });
  render(<DispatchPage />);
  await waitFor(() => expect(byClass('admin-state--error').textContent).toContain('服务暂时不可用'));
  failing = false;
  fireEvent.click(byClass('admin-state__retry'));
  await waitFor(() => expect(all('request-row')).toHaveLength(1));
  fireEvent.click(byClass('admin-tabs__tab--triaged'));
  await waitFor(() => expect(byClass('admin-state--empty').textContent).toBe('暂无诉求'));
});

test('due within a working day, overdue and extension requests are sorted from the open requests', async () => {
  actAs('demo-operator');
  // Wednesday 2026-11-25, 10:00 Shanghai.
  const now = () => new Date('2026-11-25T02:00:00Z');
  fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({
      items: [
        item(1, { status: 'in_progress', dueAt: '2026-11-26T15:59:59.999Z' }),
        item(2, { status: 'dispatched', dueAt: '2026-12-04T15:59:59.999Z' }),
        item(3, { status: 'in_progress', dueAt: '2026-11-24T15:59:59.999Z' }),
        item(4, { status: 'in_progress', dueAt: '2027-01-18T15:59:59.999Z', dueProvisional: true, extensionPending: true }),
      ],
      hasMore: false,
    }),
  });
  render(<Board now={now} />);
  fireEvent.click(byClass('admin-tabs__tab--dueSoon'));
  await waitFor(() => expect(all('request-row').map((r) => r.className)).toEqual([expect.stringContaining('R-1')]));
  fireEvent.click(byClass('admin-tabs__tab--overdue'));
  await waitFor(() => expect(all('request-row').map((r) => r.className)).toEqual([expect.stringContaining('R-3')]));
  expect(byClass('request-row--R-3').textContent).toContain('超期');
  fireEvent.click(byClass('admin-tabs__tab--extensions'));
  await waitFor(() => expect(all('request-row').map((r) => r.className)).toEqual([expect.stringContaining('R-4')]));
  expect(byClass('request-row--R-4').textContent).toContain('延期申请');
  fireEvent.click(byClass('admin-tabs__tab--open'));
  await waitFor(() => expect(all('request-row')).toHaveLength(4));
  expect(byClass('request-row--R-4').textContent).toContain('暂定期限');
});

test('triage sends the tier and units chosen; dispatch follows; a refusal shows the server message', async () => {
  actAs('demo-operator');
  let current = detail();
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: [item(1)], hasMore: false }),
    'requests.get': () => current,
    'requests.triage': (p) => (current = detail({ status: 'triaged', tier: p.tier, leadUnitId: p.leadUnitId, coUnitIds: p.coUnitIds })),
    'requests.dispatch': () => fail('CONFLICT', '该诉求当前状态不允许此操作'),
  });
  render(<DispatchPage />);
  await waitFor(() => byClass('request-row--R-1'));
  fireEvent.click(byClass('request-row--R-1'));
  await waitFor(() => byClass('triage-form'));
  fireEvent.click(byClass('admin-chips__chip--15'));
  fireEvent.click(byClass('triage-form__lead').querySelector('.admin-chips__chip--unit-hrss')!);
  fireEvent.click(byClass('triage-form__co').querySelector('.admin-chips__chip--unit-education')!);
  fireEvent.click(byClass('triage-form__submit'));
  await waitFor(() => byClass('dispatch-panel__dispatch'));
  expect(callsOf(calls, 'requests.triage')[0].event.payload).toEqual({
    id: 'R-1',
    tier: 15,
    leadUnitId: 'unit-hrss',
    coUnitIds: ['unit-education'],
  });
  expect(byClass('request-summary').textContent).toContain('主办：区人社局');
  fireEvent.click(byClass('dispatch-panel__dispatch'));
  await waitFor(() => expect(byClass('dispatch-panel__message').textContent).toBe('该诉求当前状态不允许此操作'));
});

test('a row chosen far down the list brings its panel, which opens under the list, into view', async () => {
  actAs('demo-admin');
  fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: Array.from({ length: 50 }, (_, n) => item(n)), hasMore: false }),
    'requests.get': () => detail({ id: 'R-37' }),
  });
  // Where the page is asked to scroll, and whether that element is on the page by then.
  const scrolledTo: Array<{ selector: string; found: boolean }> = [];
  Taro.pageScrollTo.mockImplementation(({ selector }: { selector?: string }) => {
    scrolledTo.push({ selector: selector ?? '', found: Boolean(selector && document.querySelector(selector)) });
    return Promise.resolve({ errMsg: 'ok' });
  });
  render(<DispatchPage />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-37')));
  await waitFor(() => expect(scrolledTo).toEqual([{ selector: '.dispatch-panel', found: true }]));
  expect(byClass('request-row--R-49').compareDocumentPosition(byClass('dispatch-panel'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  // Choosing it again (after scrolling back up) brings it back into view too.
  fireEvent.click(byClass('request-row--R-37'));
  await waitFor(() => expect(scrolledTo).toHaveLength(2));
});

test('a pending extension can be granted for fewer days; consultations are scheduled in Shanghai time and minuted', async () => {
  actAs('demo-admin');
  let current = detail({
    status: 'in_progress',
    tier: 5,
    leadUnitId: 'unit-hrss',
    extension: { days: 3, reason: '需跨部门核实', requestedAt: '2026-11-24T02:00:00.000Z', status: 'pending' },
  });
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: [item(1, { status: 'in_progress' })], hasMore: false }),
    'requests.get': () => current,
    'requests.grantExtension': (p) => (current = { ...current, extension: { ...current.extension!, status: 'granted', days: p.days } }),
    'requests.scheduleConsultation': (p) =>
      (current = {
        ...current,
        consultations: [{ id: 'c1', scheduledFor: '2026-12-01T02:00:00.000Z', unitIds: p.unitIds, topic: p.topic, status: 'scheduled' }],
      } as any),
    'requests.recordConsultation': (p) =>
      (current = { ...current, consultations: [{ ...(current.consultations[0] as any), status: 'held', minutes: p.minutes }] }),
  });
  render(<DispatchPage />);
  fireEvent.click(await waitFor(() => byClass('admin-tabs__tab--open')));
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  await waitFor(() => byClass('extension-decision'));
  expect(byClass('extension-decision').textContent).toContain('需跨部门核实');
  fireEvent.change(byClass('extension-decision__days'), { target: { value: '2' } });
  fireEvent.click(byClass('extension-decision__grant'));
  await waitFor(() => expect(document.querySelector('.extension-decision')).toBeNull());
  expect(callsOf(calls, 'requests.grantExtension')[0].event.payload).toEqual({ id: 'R-1', grant: true, days: 2 });

  fireEvent.change(byClass('consultation-form__at'), { target: { value: '12月1日' } });
  fireEvent.change(byClass('consultation-form__topic'), { target: { value: '落户材料会商' } });
  fireEvent.click(byClass('consultation-form__submit'));
  await waitFor(() => expect(byClass('consultation-form').textContent).toContain('请按 YYYY-MM-DD HH:mm 填写会商时间'));
  expect(callsOf(calls, 'requests.scheduleConsultation')).toHaveLength(0);
  fireEvent.change(byClass('consultation-form__at'), { target: { value: '2026-12-01 10:00' } });
  fireEvent.click(byClass('consultation-form__submit'));
  await waitFor(() => byClass('consultation--scheduled'));
  expect(callsOf(calls, 'requests.scheduleConsultation')[0].event.payload).toEqual({
    id: 'R-1',
    at: '2026-12-01T10:00:00+08:00',
    unitIds: ['unit-hrss'],
    topic: '落户材料会商',
  });
  expect(byClass('consultation--scheduled').textContent).toContain('2026-12-01 10:00');
  fireEvent.change(byClass('consultation__minutes-input'), { target: { value: '同意加急办理' } });
  fireEvent.click(byClass('consultation__save'));
  await waitFor(() => expect(byClass('consultation--held').textContent).toContain('纪要：同意加急办理'));
});

test.each([
  ['dispatched', false],
  ['in_progress', true],
] as const)('on a %s request the operator is offered to ask the applicant: %s', async (status, offered) => {
  actAs('demo-operator');
  fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: [item(1, { status })], hasMore: false }),
    'requests.get': () => detail({ status, tier: 5, leadUnitId: 'unit-hrss' }),
  });
  render(<Board />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  await waitFor(() => byClass('request-summary'));
  expect(document.querySelector('.info-question') !== null).toBe(offered);
});

test("the applicant's view of a request (a caller who only filed it) is not shown as a staff view", async () => {
  actAs('demo-operator');
  const { applicantId, overdue, extension, version, ...applicantView } = detail({ status: 'submitted' });
  expect([applicantId, overdue, extension, version]).toEqual(['demo-applicant', false, null, 1]);
  fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: [item(1)], hasMore: false }),
    'requests.get': () => ({ ...applicantView, timeline: [{ type: 'submit', at: '2026-11-20T02:00:00.000Z', by: { role: 'applicant' } }] }),
  });
  render(<Board />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  await waitFor(() => expect(byClass('admin-state__message').textContent).toBe('当前身份无权使用此页面'));
  expect(document.querySelector('.request-summary')).toBeNull();
});

test('an operator asks; the open question replaces the control; a refused question shows the server message', async () => {
  actAs('demo-operator');
  let current = detail({ status: 'in_progress', tier: 5, leadUnitId: 'unit-hrss' });
  let refuse = true;
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.queue': () => ({ items: [item(1, { status: 'in_progress' })], hasMore: false }),
    'requests.get': () => current,
    'requests.askForInfo': (p) => {
      if (refuse) return fail('CONFLICT', '已向申请人提出补充材料的问题，请等待答复后再提问');
      current = {
        ...current,
        openQuestion: { text: p.question, askedAt: '2026-11-25T02:00:00.000Z', by: { role: 'operator', openId: 'demo-operator' } },
      };
      return current;
    },
  });
  render(<Board />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  await waitFor(() => byClass('info-question'));
  fireEvent.change(byClass('info-question__text'), { target: { value: '请提供劳动合同' } });
  fireEvent.click(byClass('info-question__ask'));
  await waitFor(() => expect(byClass('dispatch-panel__message').textContent).toBe('已向申请人提出补充材料的问题，请等待答复后再提问'));
  refuse = false;
  fireEvent.click(byClass('info-question__ask'));
  await waitFor(() => expect(byClass('info-question__open').textContent).toBe('等待申请人答复：请提供劳动合同'));
  expect(byClass('dispatch-panel__message').textContent).toBe('已通知申请人补充材料');
  expect(document.querySelector('.info-question')).toBeNull();
  expect(callsOf(calls, 'requests.askForInfo').map((c) => c.event.payload)).toEqual([
    { id: 'R-1', question: '请提供劳动合同' },
    { id: 'R-1', question: '请提供劳动合同' },
  ]);
});
