import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache, setLocale } from '@/i18n';
import InboxPage, { Inbox } from '@/admin/pages/inbox';
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
// Wednesday 2026-11-25, 10:00 Shanghai.
const now = () => new Date('2026-11-25T02:00:00Z');

test.each(['demo-applicant', 'demo-operator', 'demo-admin'])('%s is not a unit handler: no inbox', async (openId) => {
  actAs(openId);
  const calls = fakeCloud({});
  render(<InboxPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test('a unit handler sees loading, then many rows with working days left, lead or co', async () => {
  actAs('demo-unit');
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.inbox': () => ({
      items: [
        item(1, { status: 'dispatched', leadUnitId: 'unit-hrss', dueAt: '2026-12-02T15:59:59.999Z', role: 'lead' }),
        item(2, { status: 'in_progress', leadUnitId: 'unit-education', dueAt: '2026-11-23T15:59:59.999Z', role: 'co' }),
        ...Array.from({ length: 25 }, (_, n) => item(100 + n, { status: 'in_progress', dueAt: '2026-11-25T15:59:59.999Z', role: 'lead' })),
      ],
      hasMore: false,
    }),
  });
  render(<InboxPage />);
  expect(byClass('admin-state--loading')).toBeTruthy();
  await waitFor(() => expect(all('request-row')).toHaveLength(27));
  expect(callsOf(calls, 'requests.inbox')[0].event.payload).toEqual({ statuses: ['dispatched', 'in_progress'], page: 0, pageSize: 50 });
  // The test's clock is the real one for the page; the component with a fixed clock follows below.
  expect(byClass('request-row--R-1').textContent).toContain('主办');
  expect(byClass('request-row--R-2').textContent).toContain('协办');
});

test('a row chosen far down the inbox brings its panel, which opens under the list, into view', async () => {
  actAs('demo-unit');
  fakeCloud({
    'requests.catalog': directory,
    'requests.inbox': () => ({
      items: Array.from({ length: 40 }, (_, n) => item(n, { status: 'dispatched', dueAt: '2026-12-02T15:59:59.999Z', role: 'lead' })),
      hasMore: false,
    }),
    'requests.get': () => detail({ id: 'R-33', status: 'dispatched', tier: 5, leadUnitId: 'unit-hrss' }),
  });
  const scrolledTo: Array<{ selector: string; found: boolean }> = [];
  Taro.pageScrollTo.mockImplementation(({ selector }: { selector?: string }) => {
    scrolledTo.push({ selector: selector ?? '', found: Boolean(selector && document.querySelector(selector)) });
    return Promise.resolve({ errMsg: 'ok' });
  });
  render(<Inbox now={now} />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-33')));
  await waitFor(() => expect(scrolledTo).toEqual([{ selector: '.inbox-panel', found: true }]));
});

test('working days left are counted by the calendar, and overdue ones say by how much', async () => {
  actAs('demo-unit');
  fakeCloud({
    'requests.catalog': directory,
    'requests.inbox': () => ({
      items: [
        item(1, { status: 'dispatched', dueAt: '2026-12-02T15:59:59.999Z', role: 'lead' }),
        item(2, { status: 'in_progress', dueAt: '2026-11-23T15:59:59.999Z', role: 'lead' }),
        item(3, { status: 'in_progress', dueAt: '2026-11-25T15:59:59.999Z', role: 'lead' }),
      ],
      hasMore: false,
    }),
  });
  render(<Inbox now={now} />);
  await waitFor(() => expect(all('request-row')).toHaveLength(3));
  expect(byClass('request-row--R-1').querySelector('.request-row__days-left')!.textContent).toBe('剩余 5 个工作日');
  expect(byClass('request-row--R-2').querySelector('.request-row__days-left')!.textContent).toBe('已超期 2 个工作日');
  expect(byClass('request-row--R-3').querySelector('.request-row__days-left')!.textContent).toBe('剩余 0 个工作日');
  act(() => setLocale('en'));
  await waitFor(() =>
    expect(byClass('request-row--R-1').querySelector('.request-row__days-left')!.textContent).toBe('5 working days left'),
  );
});

test('empty and failed inboxes', async () => {
  actAs('demo-unit');
  let reply: unknown = fail('FORBIDDEN', '您没有权限进行此操作');
  fakeCloud({ 'requests.catalog': directory, 'requests.inbox': () => reply });
  render(<Inbox now={now} />);
  await waitFor(() => expect(byClass('admin-state--error').textContent).toContain('您没有权限进行此操作'));
  reply = { items: [], hasMore: false };
  fireEvent.click(byClass('admin-state__retry'));
  await waitFor(() => expect(byClass('admin-state--empty').textContent).toBe('暂无待办诉求'));
});

test('accept, then resolve with a reply; return needs a reason; an extension is asked with days and reason', async () => {
  actAs('demo-unit');
  let current = detail({
    status: 'dispatched',
    tier: 5,
    leadUnitId: 'unit-hrss',
    dueAt: '2026-12-02T15:59:59.999Z',
    dueDate: '2026-12-02',
  });
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.inbox': () => ({ items: [item(1, { status: current.status, role: 'lead' })], hasMore: false }),
    'requests.get': () => current,
    'requests.accept': () => (current = { ...current, status: 'in_progress' }),
    'requests.requestExtension': (p) =>
      (current = {
        ...current,
        extension: { days: p.days, reason: p.reason, requestedAt: '2026-11-25T02:00:00.000Z', status: 'pending' },
      } as any),
    'requests.resolve': (p) => (current = { ...current, status: 'resolved', reply: p.reply }),
  });
  render(<Inbox now={now} />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  await waitFor(() => byClass('inbox-panel__accept'));
  expect((byClass('inbox-action__submit--return') as HTMLButtonElement).disabled).toBe(true);
  expect(document.querySelector('.inbox-action--resolve')).toBeNull();
  fireEvent.click(byClass('inbox-panel__accept'));
  await waitFor(() => byClass('inbox-action--resolve'));
  expect(callsOf(calls, 'requests.accept')[0].event.payload).toEqual({ id: 'R-1' });
  expect(document.querySelector('.inbox-action--return')).toBeNull();

  fireEvent.change(byClass('inbox-extension__days'), { target: { value: '4' } });
  fireEvent.change(byClass('inbox-extension__reason'), { target: { value: '需会商' } });
  fireEvent.click(byClass('inbox-extension__submit'));
  await waitFor(() => expect(byClass('inbox-extension__pending').textContent).toBe('延期 4 个工作日待审批'));
  expect(callsOf(calls, 'requests.requestExtension')[0].event.payload).toEqual({ id: 'R-1', days: 4, reason: '需会商' });

  fireEvent.change(byClass('inbox-action__text--resolve'), { target: { value: '已办理完毕' } });
  fireEvent.click(byClass('inbox-action__submit--resolve'));
  await waitFor(() => expect(byClass('inbox-panel__message').textContent).toBe('已办结'));
  expect(byClass('request-summary__reply').textContent).toBe('答复：已办理完毕');
  expect(callsOf(calls, 'requests.resolve')[0].event.payload).toEqual({ id: 'R-1', reply: '已办理完毕' });
});

test("a co-unit's refused accept shows the server's message; it can still add a note", async () => {
  actAs('demo-unit');
  const current = detail({ status: 'dispatched', tier: 5, leadUnitId: 'unit-education', coUnitIds: ['unit-hrss'] });
  const calls = fakeCloud({
    'requests.catalog': directory,
    'requests.inbox': () => ({ items: [item(1, { status: 'dispatched', role: 'co' })], hasMore: false }),
    'requests.get': () => current,
    'requests.accept': () => fail('FORBIDDEN', '您没有权限进行此操作'),
    'requests.note': () => ({
      ...current,
      timeline: [...current.timeline, { type: 'note', at: '2026-11-25T02:00:00.000Z', by: { role: 'unit' }, text: '已联系' }],
    }),
  });
  render(<Inbox now={now} />);
  fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
  fireEvent.click(await waitFor(() => byClass('inbox-panel__accept')));
  await waitFor(() => expect(byClass('inbox-panel__message').textContent).toBe('您没有权限进行此操作'));
  fireEvent.change(byClass('inbox-action__text--note'), { target: { value: '已联系' } });
  fireEvent.click(byClass('inbox-action__submit--note'));
  await waitFor(() => expect(byClass('inbox-panel__message').textContent).toBe('备注已添加'));
  expect(callsOf(calls, 'requests.note')[0].event.payload).toEqual({ id: 'R-1', text: '已联系' });
});

test.each([
  {
    locale: 'zh-CN' as const,
    badge: '待申请人补充',
    asked: '已通知申请人补充材料',
    open: '等待申请人答复：请补充社保证明',
    answered: '申请人已答复“请补充社保证明”：已上传',
  },
  {
    locale: 'en' as const,
    badge: 'Awaiting the applicant',
    asked: 'The applicant was asked',
    open: 'Waiting for the applicant to answer: 请补充社保证明',
    answered: 'The applicant answered "请补充社保证明": 已上传',
  },
])(
  'the lead unit asks the applicant for information, waits, and sees the answer ($locale)',
  async ({ locale, badge, asked, open, answered }) => {
    actAs('demo-unit');
    setLocale(locale);
    let current = detail({
      status: 'in_progress',
      tier: 5,
      leadUnitId: 'unit-hrss',
      dueAt: '2026-12-02T15:59:59.999Z',
      dueDate: '2026-12-02',
    });
    const calls = fakeCloud({
      'requests.catalog': directory,
      'requests.inbox': () => ({
        items: [item(1, { status: 'in_progress', role: 'lead', awaitingInfo: current.openQuestion !== null })],
        hasMore: false,
      }),
      'requests.get': () => current,
      'requests.askForInfo': (p) => {
        const at = '2026-11-25T02:00:00.000Z';
        current = {
          ...current,
          openQuestion: { text: p.question, askedAt: at, by: { role: 'unit', openId: 'demo-unit', unitId: 'unit-hrss' } },
          timeline: [...current.timeline, { type: 'askForInfo', at, by: { role: 'unit', unitId: 'unit-hrss' }, text: p.question }],
        };
        return current;
      },
    });
    render(<Inbox now={now} />);
    fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
    await waitFor(() => byClass('info-question'));
    expect(document.querySelector('.admin-badge--awaiting-info')).toBeNull();
    // An empty question cannot be sent.
    expect((byClass('info-question__ask') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(byClass('info-question__text'), { target: { value: '请补充社保证明' } });
    fireEvent.click(byClass('info-question__ask'));
    await waitFor(() => expect(byClass('inbox-panel__message').textContent).toBe(asked));
    expect(callsOf(calls, 'requests.askForInfo')).toHaveLength(1);
    expect(callsOf(calls, 'requests.askForInfo')[0].event.payload).toEqual({ id: 'R-1', question: '请补充社保证明' });
    expect(callsOf(calls, 'requests.askForInfo')[0].event.requestId).toEqual(expect.any(String));
    // While the question is open, no second one can be asked; the row says it waits for the applicant.
    await waitFor(() => expect(byClass('info-question__open').textContent).toBe(open));
    expect(document.querySelector('.info-question')).toBeNull();
    await waitFor(() => expect(byClass('admin-badge--awaiting-info').textContent).toBe(badge));

    // The applicant answers (elsewhere); the panel, loaded again, shows the answer and offers to ask again.
    current = {
      ...current,
      openQuestion: null,
      timeline: [
        ...current.timeline,
        {
          type: 'addInfo',
          at: '2026-11-25T03:00:00.000Z',
          by: { role: 'applicant' },
          text: '已上传',
          data: { attachments: [], question: '请补充社保证明', askedAt: '2026-11-25T02:00:00.000Z' },
        },
      ],
    };
    fireEvent.click(byClass('admin-tabs__tab--done'));
    fireEvent.click(byClass('admin-tabs__tab--open'));
    fireEvent.click(await waitFor(() => byClass('request-row--R-1')));
    await waitFor(() => expect(byClass('info-question__answered').textContent).toBe(answered));
    expect(byClass('info-question')).toBeTruthy();
  },
);
