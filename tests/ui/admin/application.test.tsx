import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { STAY_TRANSITIONS } from '@core/stays/state';
import { SEAT_TRANSITIONS } from '@core/workspaces/state';
import { historyActionLabel } from '@/admin/i18n/labels';
import ApplicationPage from '@/admin/pages/application';
import type { SeatView } from '@/admin/services/review';
import { resetLocaleCache, setLocale } from '@/i18n';
import { mockFetch, restoreFetch, type RecordedCall } from '../fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from '../stubs/taro';
import { all, byClass, deferred, stayView } from './fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({ kind: 'stays', id: 'stay-00001' });
});
afterEach(restoreFetch);

/** A seat application as `workspaces.get` answers it (typed by its reply schema in core). */
const seatView = (status: SeatView['status'] = 'pending'): SeatView => ({
  _id: 'seat-1',
  stationId: 's',
  ownerId: 'lead',
  teamKey: 'k',
  status,
  seats: 2,
  months: 1,
  startDate: '2026-12-01',
  endDate: '2027-01-01',
  held: { first: '2026-12-01', end: '2027-01-01' },
  seatNumbers: [],
  referredTo: null,
  reason: null,
  documents: [],
  team: {
    name: '星火团队',
    leader: { name: '张', phoneMasked: '***9', idKind: 'id-card', idMasked: '***1' },
    members: [],
    projectSummary: 'x',
    creditCode: null,
  },
  submittedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

/** A fake stays/workspaces pair keeping one application's status, as the functions would. */
function fakeBackend(status = 'pending'): RecordedCall[] {
  let current = status;
  return mockFetch(({ url, event }) => {
    const { action } = event;
    if (action === 'history')
      return {
        ok: true,
        data: {
          id: 'x',
          lines: [
            {
              at: '2026-11-02T00:00:00.000Z',
              actor: 'demo-operator',
              actorName: '王驿站',
              action: 'stays.view',
              before: current,
              after: current,
            },
            {
              at: '2026-11-01T00:00:00.000Z',
              actor: 'staff-unnamed',
              actorName: null,
              action: 'stays.view',
              before: current,
              after: current,
            },
          ],
        },
      };
    if (action === 'reveal')
      return { ok: true, data: { id: 'stay-00001', name: 'Guest 1', idKind: 'passport', idNumber: 'E12341234', phone: '+8613811112222' } };
    if (action === 'seatMap') return { ok: true, data: { id: 'seat-1', capacity: 6, seats: 2, taken: [1, 2], assigned: [] } };
    if (action === 'approve') current = 'approved';
    if (action === 'reject') current = 'rejected';
    if (action === 'assignSeats') current = 'approved';
    if (url === '/fn/workspaces') return { ok: true, data: seatView(current as SeatView['status']) };
    return {
      ok: true,
      data: stayView(1, { status: current as never, reason: action === 'reject' ? (event.payload as { reason: string }).reason : null }),
    };
  });
}

const buttons = () => all('application__decision').map((b) => b.className.replace(/.*application__decision--/, ''));

test('loading, then the application with masked numbers, documents, history and the decisions its status allows', async () => {
  const gate = deferred<void>();
  const calls = fakeBackend();
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
    await gate.promise;
    return realFetch(...args);
  }) as typeof fetch;
  render(<ApplicationPage />);
  expect(screen.getByText('加载中…')).toBeTruthy();
  gate.resolve();
  await screen.findByText('Guest 1');
  expect(byClass('application__contact').textContent).toContain('****1234');
  expect(byClass('application__contact').textContent).not.toContain('E12341234');
  expect(byClass('application__documents').textContent).toContain('护照（PDF，2 KB）');
  // 00:00 UTC is 08:00 in Shanghai, whatever the zone of the device.
  // The action in words, not its code (`stays.view`).
  // Who acted, by the name their account gives; the account's id only where it gives none.
  expect(byClass('application__history').textContent).toContain('2026-11-02 08:00 王驿站 查看');
  expect(byClass('application__history').textContent).toContain('2026-11-01 08:00 staff-unnamed 查看');
  expect(buttons()).toEqual(['approve', 'reject', 'waitlist']);
  expect(calls.map((c) => c.event.action).sort()).toEqual(['get', 'history']);
});

test('approve goes to the server and the page shows what it answered', async () => {
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('application__decision--approve'));
  await screen.findByText('已通过', { selector: '.application__notice' });
  expect(calls.find((c) => c.event.action === 'approve')?.event.payload).toEqual({ id: 'stay-00001' });
  await waitFor(() => expect(buttons()).toEqual(['checkIn', 'markNoShow']));
});

test('reject with a template reason, which stays editable', async () => {
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('application__decision--reject'));
  fireEvent.click(all('application__template')[2]);
  expect((byClass('application__reason') as HTMLTextAreaElement).value).toBe('所选日期已满，请改期申请');
  fireEvent.change(byClass('application__reason'), { target: { value: '所选日期已满，请改期申请（12 月初）' } });
  fireEvent.click(byClass('application__confirm--reject'));
  await waitFor(() => expect(byClass('application__status').textContent).toBe('未通过'));
  expect(calls.find((c) => c.event.action === 'reject')?.event.payload).toEqual({
    id: 'stay-00001',
    reason: '所选日期已满，请改期申请（12 月初）',
  });
});

test('reveal shows the numbers the server decrypted (and audited)', async () => {
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('application__reveal'));
  await screen.findByText('E12341234');
  expect(screen.getByText('+8613811112222')).toBeTruthy();
  expect(calls.find((c) => c.event.action === 'reveal')?.url).toBe('/fn/stays');
});

test('a refused decision shows the server message and leaves the page as it was', async () => {
  mockFetch(({ event }) =>
    event.action === 'approve'
      ? { ok: false, error: { code: 'CONFLICT', message: '申请当前状态为「已通过」，无法执行此操作' } }
      : event.action === 'history'
        ? { ok: true, data: { id: 'x', lines: [] } }
        : { ok: true, data: stayView(1) },
  );
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('application__decision--approve'));
  await screen.findByText('申请当前状态为「已通过」，无法执行此操作');
  expect(byClass('application__status').textContent).toBe('待审核');
  // The notice is at the top, the decisions at the foot of a long page: the page goes up to it.
  await waitFor(() => expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '.application__notice' })));
});

test('an unknown or foreign application shows the error', async () => {
  mockFetch(({ event }) =>
    event.action === 'get' ? { ok: false, error: { code: 'NOT_FOUND', message: '未找到' } } : { ok: true, data: { id: 'x', lines: [] } },
  );
  render(<ApplicationPage />);
  await screen.findByText('未找到');
});

test('seats: pick free seats on the map (taken ones cannot be picked) and assign them', async () => {
  setRouterParams({ kind: 'seats', id: 'seat-1' });
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('星火团队');
  expect(buttons()).toEqual(['assignSeats', 'reject', 'refer']);
  fireEvent.click(byClass('application__decision--assignSeats'));
  await screen.findByText('需 2 个工位，已选 0 个');
  fireEvent.click(byClass('seat-picker__seat--n1'));
  fireEvent.click(byClass('seat-picker__seat--n3'));
  fireEvent.click(byClass('seat-picker__seat--n5'));
  fireEvent.click(byClass('seat-picker__seat--n4'));
  expect(byClass('seat-picker__seat--n1').className).toContain('taken');
  fireEvent.click(byClass('application__confirm--assign'));
  await screen.findByText('已分配工位');
  expect(calls.find((c) => c.event.action === 'assignSeats')?.event.payload).toEqual({ id: 'seat-1', seatNumbers: [5, 4] });
});

test('every action an application history can show has words in both languages', () => {
  const actions = [
    ...Object.keys(STAY_TRANSITIONS).map((event) => `stays.${event}`),
    ...Object.keys(SEAT_TRANSITIONS).map((event) => `workspaces.${event}`),
    'stays.view',
    'stays.reveal',
    'workspaces.view',
    'workspaces.reveal',
    'workspaces.joinTeam',
  ];
  for (const locale of ['zh-CN', 'en'] as const) {
    setLocale(locale);
    expect(actions.filter((action) => historyActionLabel(action) === action)).toEqual([]);
  }
  // One the build does not know reads as its code.
  expect(historyActionLabel('stays.somethingNew')).toBe('stays.somethingNew');
});

test('the pickup says where, which flight or train, and when it arrives (Shanghai time)', async () => {
  const pickup = { place: 'PVG', number: 'MU5101', arrivalAt: '2026-12-01T01:30:00.000Z', requestedAt: '2026-11-01T00:00:00.000Z' };
  mockFetch(({ event }) =>
    event.action === 'history' ? { ok: true, data: { id: 'x', lines: [] } } : { ok: true, data: stayView(1, { pickup } as never) },
  );
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  expect(screen.getByText('浦东国际机场 MU5101 · 2026-12-01 09:30')).toBeTruthy();
});

test('a rejection without a reason is not sent: the reason field says what it needs, right under it', async () => {
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('application__decision--reject'));
  fireEvent.click(byClass('application__confirm--reject'));
  expect(byClass('application__error--reason').textContent).toBe('请填写此项');
  // Core's rule (the one stays.reject parses with): a reason the applicant can read, two characters at least.
  fireEvent.change(byClass('application__reason'), { target: { value: '满' } });
  expect(document.querySelector('.application__error--reason')).toBeNull();
  fireEvent.click(byClass('application__confirm--reject'));
  expect(byClass('application__error--reason').textContent).toBe('至少填写 2 个字');
  await new Promise((r) => setTimeout(r, 10));
  expect(calls.filter((c) => c.event.action === 'reject')).toEqual([]);
  expect(byClass('application__status').textContent).toBe('待审核');

  fireEvent.change(byClass('application__reason'), { target: { value: '床位已满' } });
  fireEvent.click(byClass('application__confirm--reject'));
  await waitFor(() => expect(byClass('application__status').textContent).toBe('未通过'));
});

test('seats, in English: a referral needs the incubator, and seats are confirmed only when as many as asked are picked', async () => {
  setLocale('en');
  setRouterParams({ kind: 'seats', id: 'seat-1' });
  const calls = fakeBackend();
  render(<ApplicationPage />);
  await screen.findByText('星火团队');
  fireEvent.click(byClass('application__decision--refer'));
  fireEvent.click(byClass('application__confirm--refer'));
  expect(byClass('application__error--incubator').textContent).toBe('Please fill this in');

  fireEvent.click(byClass('application__decision--assignSeats'));
  await screen.findByText('2 seat(s) needed, 0 picked');
  expect(document.querySelector('.application__error--incubator')).toBeNull();
  fireEvent.click(byClass('seat-picker__seat--n5'));
  expect(byClass('application__confirm--assign').hasAttribute('disabled')).toBe(true);
  fireEvent.click(byClass('application__confirm--assign'));
  await new Promise((r) => setTimeout(r, 10));
  expect(calls.map((c) => c.event.action).filter((a) => a === 'refer' || a === 'assignSeats')).toEqual([]);
  fireEvent.click(byClass('seat-picker__seat--n6'));
  expect(byClass('application__confirm--assign').hasAttribute('disabled')).toBe(false);
});
