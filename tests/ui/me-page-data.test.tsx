import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { Me } from '@/services/account';
import { resetLocaleCache, setLocale } from '@/i18n';
import MePage from '@/pages/me';
import { mockFetch, restoreFetch, type RecordedCall, type Responder } from './fetch-mock';
import { byClass } from './request-support';
import Taro, { resetTaroStub } from './stubs/taro';

const ME: Me = {
  openId: 'demo-applicant',
  roles: ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  consent: { currentVersion: '2026-11-01', accepted: true, acceptedAt: '2026-11-02T01:30:00.000Z', outdated: false },
  stationId: null,
  unitId: null,
};

const MESSAGES = [
  {
    id: 'resolved:R1:1:demo-applicant',
    template: 'request_resolved',
    data: { requestId: 'R1', title: '人才公寓' },
    read: false,
    createdAt: '2026-11-23T06:00:00.000Z',
  },
  {
    id: 'autoClose:R0:demo-applicant',
    template: 'request_auto_closed',
    data: { requestId: 'R0', title: '子女入学' },
    read: true,
    createdAt: '2026-11-20T06:00:00.000Z',
  },
  { id: 'future:x', template: 'something_new', data: {}, read: true, createdAt: null },
];

/** A fake account function; `override` answers an action differently. */
function fakeAccount(override: Record<string, Responder> = {}): RecordedCall[] {
  let me = { ...ME };
  return mockFetch((call) => {
    const { action, payload } = call.event;
    if (override[action]) return override[action](call);
    if (action === 'setProfile') me = { ...me, ...(payload as Partial<Me>) };
    if (action === 'messages') return { ok: true, data: { items: MESSAGES, hasMore: false, unread: 1 } };
    if (action === 'markMessagesRead') return { ok: true, data: { updated: (payload as { ids: string[] }).ids.length } };
    if (action === 'exportMyData') return { ok: true, data: { openId: 'demo-applicant', requests: [{ title: '人才公寓' }] } };
    if (action === 'deleteMyAccount') return { ok: true, data: { deleted: true } };
    return { ok: true, data: me };
  });
}

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);
afterAll(() => {
  delete process.env.TARO_ENV;
});

const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (el) => el.textContent);

async function renderMe(): Promise<void> {
  render(<MePage />);
  await waitFor(() => byClass('me__open-id'));
}

test('the privacy policy text opens and closes, in the UI language', async () => {
  fakeAccount();
  await renderMe();
  expect(document.querySelector('.privacy-policy')).toBeNull();
  fireEvent.click(byClass('me__policy-toggle'));
  expect(byClass('privacy-policy__title').textContent).toBe('隐私政策 · 2026-11-01');
  expect(texts('.privacy-policy__section')[0]).toMatch(/^我们收集什么/);
  act(() => setLocale('en'));
  await waitFor(() => expect(texts('.privacy-policy__section')[0]).toMatch(/^What we collect/));
  fireEvent.click(byClass('me__policy-toggle'));
  expect(document.querySelector('.privacy-policy')).toBeNull();
});

test("the display name: empty caught at once, the server's VALIDATION shown on the field, then saved", async () => {
  let me = { ...ME };
  const calls = fakeAccount({
    setProfile: ({ event }) => {
      const name = (event.payload as { displayName: string }).displayName;
      if (name.length > 40)
        return {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: '填写的内容有误，请检查标出的字段',
            issues: [{ path: 'displayName', message: '最多 40 个字符' }],
          },
        };
      me = { ...me, displayName: name };
      return { ok: true, data: me };
    },
  });
  await renderMe();
  expect(byClass('me__display-name').textContent).toBe('未设置');
  fireEvent.click(byClass('me__name-edit'));
  fireEvent.change(byClass('me__name-input'), { target: { value: '   ' } });
  fireEvent.click(byClass('me__name-save'));
  expect(byClass('me__field-error').textContent).toBe('请填写此项');
  expect(calls.some((c) => c.event.action === 'setProfile')).toBe(false);
  fireEvent.change(byClass('me__name-input'), { target: { value: '名'.repeat(41) } });
  fireEvent.click(byClass('me__name-save'));
  await waitFor(() => expect(byClass('me__field-error').textContent).toBe('最多 40 个字符'));
  expect(document.querySelector('.me__error')).toBeNull();
  fireEvent.change(byClass('me__name-input'), { target: { value: '李归国' } });
  fireEvent.click(byClass('me__name-save'));
  await waitFor(() => expect(byClass('me__display-name').textContent).toBe('李归国'));
  expect(calls.at(-1)?.event).toMatchObject({ action: 'setProfile', payload: { displayName: '李归国' } });
});

test('messages: loaded when opened, texts from their templates, unread count, and a tap opens the request and marks it read', async () => {
  const calls = fakeAccount();
  await renderMe();
  expect(calls.some((c) => c.event.action === 'messages')).toBe(false);
  fireEvent.click(byClass('me__messages .me__row-line'));

  await waitFor(() => expect(byClass('message-list__unread').textContent).toBe('1 条未读'));
  expect(texts('.message-list__text')).toEqual([
    '您的诉求“人才公寓”已办结，请查看答复并评价',
    '您的诉求“子女入学”已自动关闭',
    '您有一条新通知',
  ]);
  expect(texts('.message-list__time')[0]).toBe('2026-11-23 14:00');

  fireEvent.click(byClass('message-list__item--unread'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/request/detail/index?id=R1' });
  await waitFor(() => expect(byClass('message-list__unread').textContent).toBe('0 条未读'));
  expect(calls.find((c) => c.event.action === 'markMessagesRead')?.event.payload).toEqual({ ids: [MESSAGES[0].id] });
  expect(document.querySelector('.message-list__item--unread')).toBeNull();
});

const STATION = { 'zh-CN': '浦东国际人才驿站', en: 'Pudong Talent Station' };
const BOOKING_MESSAGES = [
  {
    id: 'stay:S1:offer:1:demo-applicant',
    template: 'stay_offered',
    data: {
      applicationId: 'S1',
      kind: 'stay',
      stationName: STATION,
      checkIn: '2026-12-01',
      nights: 3,
      offerExpiresAt: '2026-11-24T04:00:00.000Z',
    },
    read: false,
    createdAt: '2026-11-23T04:00:00.000Z',
  },
  {
    id: 'stay:S0:reject:1:demo-applicant',
    template: 'stay_rejected',
    data: { applicationId: 'S0', kind: 'stay', stationName: STATION, checkIn: '2026-11-28', nights: 2, reason: '材料不全' },
    read: true,
    createdAt: '2026-11-22T04:00:00.000Z',
  },
  {
    id: 'seat:W1:assignSeats:1:demo-applicant',
    template: 'seat_approved',
    data: {
      applicationId: 'W1',
      kind: 'seat',
      stationName: STATION,
      teamName: '星火智能',
      seatNumbers: '3, 4',
      startDate: '2026-12-07',
      months: 2,
      seats: 2,
    },
    read: true,
    createdAt: '2026-11-21T04:00:00.000Z',
  },
];

test.each([
  [
    'zh-CN',
    [
      '浦东国际人才驿站为您的候补申请（2026-12-01 起 3 晚）留出了床位，请在 2026-11-24 12:00 前到“我的预订”确认',
      '您在浦东国际人才驿站的入住申请（2026-11-28 起 2 晚）未通过：材料不全',
      '团队“星火智能”在浦东国际人才驿站的工位申请已通过：工位号 3, 4，2026-12-07 起',
    ],
  ],
  [
    'en',
    [
      'Pudong Talent Station has beds for your waitlisted stay (3 nights from 2026-12-01); confirm under "My bookings" by 2026-11-24 12:00',
      'Your stay application at Pudong Talent Station (2 nights from 2026-11-28) was not approved: 材料不全',
      'Seats for team "星火智能" at Pudong Talent Station were approved: seat 3, 4, from 2026-12-07',
    ],
  ],
] as const)(
  '%s: booking decisions read with the station in the UI language and Shanghai times; a tap opens My bookings',
  async (locale, expected) => {
    setLocale(locale);
    fakeAccount({ messages: () => ({ ok: true, data: { items: BOOKING_MESSAGES, hasMore: false, unread: 1 } }) });
    await renderMe();
    fireEvent.click(byClass('me__messages .me__row-line'));
    await waitFor(() => expect(texts('.message-list__text')).toEqual(expected));
    fireEvent.click(byClass('message-list__item--unread'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/bookings/index' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    await waitFor(() => expect(document.querySelector('.message-list__item--unread')).toBeNull());
  },
);

test.each([
  ['deadline_reminder', { requestId: 'R7', title: '人才公寓', dueDate: '2026-11-25' }, '/admin/pages/inbox/index'],
  ['info_added', { requestId: 'R7', title: '人才公寓' }, '/admin/pages/index/index'],
  ['overdue_escalation', { requestId: 'R7', title: '人才公寓', unitId: 'unit-hrss', dueDate: '2026-11-20' }, '/admin/pages/dispatch/index'],
  ['calendar_missing', { year: '2027' }, '/admin/pages/settings/index'],
])("a staff notice (%s) opens the staff desk, not the applicant's request page", async (template, data, url) => {
  fakeAccount({
    messages: () => ({
      ok: true,
      data: {
        items: [{ id: `${template}:x`, template, data, read: false, createdAt: '2026-11-23T04:00:00.000Z' }],
        hasMore: false,
        unread: 1,
      },
    }),
  });
  await renderMe();
  fireEvent.click(byClass('me__messages .me__row-line'));
  fireEvent.click(await waitFor(() => byClass('message-list__item--unread')));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url });
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
});

test('export shows the JSON and copies it', async () => {
  fakeAccount();
  await renderMe();
  fireEvent.click(byClass('my-data__export'));
  await waitFor(() => expect(byClass('my-data__json').textContent).toContain('"title": "人才公寓"'));
  expect(byClass('my-data__size').textContent).toMatch(/^已导出 \d+ 字节/);
  fireEvent.click(byClass('my-data__copy'));
  expect(Taro.setClipboardData.mock.calls[0][0].data).toContain('"openId": "demo-applicant"');
  await waitFor(() => expect(byClass('my-data__copy').textContent).toBe('已复制'));
});

test('delete asks for confirmation; CONFLICT (an active booking) is explained, and a retry reuses the requestId', async () => {
  setLocale('en');
  let blocked = true;
  const calls = fakeAccount({
    deleteMyAccount: () =>
      blocked
        ? {
            ok: false,
            error: {
              code: 'CONFLICT',
              message: 'Cancel your 1 active stay application before deleting your account',
              details: { activeStays: ['S1'], activeSeats: [] },
            },
          }
        : { ok: true, data: { deleted: true } },
  });
  await renderMe();
  fireEvent.click(byClass('my-data__delete'));
  expect(byClass('my-data__warning').textContent).toContain('cannot be undone');
  expect(calls.some((c) => c.event.action === 'deleteMyAccount')).toBe(false);

  fireEvent.click(byClass('my-data__delete-confirm'));
  await waitFor(() =>
    expect(byClass('my-data__message--error').textContent).toBe(
      'Not possible yet: Cancel your 1 active stay application before deleting your account. Cancel it under "My bookings" first, then come back.',
    ),
  );

  blocked = false;
  fireEvent.click(byClass('my-data__delete'));
  fireEvent.click(byClass('my-data__delete-confirm'));
  await waitFor(() =>
    expect(byClass('my-data__message--done').textContent).toBe('Your account was deleted. Using the app again starts a new account.'),
  );
  const deletes = calls.filter((c) => c.event.action === 'deleteMyAccount');
  expect(deletes.map((c) => c.event.payload)).toEqual([{ confirm: 'DELETE' }, { confirm: 'DELETE' }]);
  expect(deletes[1].event.requestId).toBe(deletes[0].event.requestId);
  // The page asks who it is again: a fresh account.
  expect(calls.at(-1)?.event.action).toBe('me');
});

test('cancelling the confirmation deletes nothing', async () => {
  const calls = fakeAccount();
  await renderMe();
  fireEvent.click(byClass('my-data__delete'));
  fireEvent.click(byClass('my-data__delete-cancel'));
  expect(document.querySelector('.my-data__confirm')).toBeNull();
  expect(calls.some((c) => c.event.action === 'deleteMyAccount')).toBe(false);
});
