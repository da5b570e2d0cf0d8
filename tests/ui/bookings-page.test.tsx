import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_STAY_POLICY, DEFAULT_SEAT_POLICY } from '@core/stations/policy';
import { resetLocaleCache, setLocale } from '@/i18n';
import BookingsPage from '@/pages/bookings';
import type { JoinedSeatView, SeatView } from '@/services/workspaces';
import type { MineReply } from '@/housing/services/housing';
import { failingFetch, mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { application, lease } from './housing-fixtures';
import Taro, { resetTaroStub } from './stubs/taro';

const STATION = {
  id: 'station-pudong',
  name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong International Talent Station' },
  address: { 'zh-CN': '上海市浦东新区示例路 100 号', en: '100 Example Road, Pudong New Area, Shanghai' },
  location: null,
  photos: [],
  services: [],
  beds: 10,
  seats: 20,
  stayPolicy: DEFAULT_STAY_POLICY,
  seatPolicy: DEFAULT_SEAT_POLICY,
};

const stay = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  stationId: 'station-pudong',
  type: 'overseas-professional',
  program: 'talent',
  ownerId: 'demo-applicant',
  person: { name: 'Alex Chen', phoneMasked: '****0000', idKind: 'passport', idMasked: '****5678' },
  checkIn: '2027-01-10',
  nights: 3,
  held: null,
  status,
  facts: {},
  documents: [],
  pickup: null,
  reason: null,
  offerExpiresAt: null,
  submittedAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  ...extra,
});

const seat = (id: string, status: SeatView['status'], extra: Partial<SeatView> = {}): SeatView => ({
  _id: id,
  stationId: 'station-pudong',
  ownerId: 'demo-team',
  teamKey: 'leader:demo-team',
  team: {
    name: '星火团队',
    leader: { name: '张创业', phoneMasked: '****1111', idKind: 'id-card', idMasked: '****1234' },
    members: [],
    projectSummary: '一个项目简介，十个字以上',
    creditCode: null,
  },
  seats: 2,
  months: 1,
  startDate: '2099-01-05',
  endDate: '2099-02-05',
  held: null,
  status,
  seatNumbers: [],
  referredTo: null,
  reason: null,
  documents: [],
  submittedAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  ...extra,
});

function fakeCloud(
  lists: { stays: unknown[]; seats: unknown[]; joined?: unknown[]; apartments?: MineReply },
  onCall: (call: RecordedCall) => unknown = () => undefined,
) {
  return mockFetch((call) => {
    const answered = onCall(call);
    if (answered) return answered;
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'stays.mine') return { ok: true, data: { items: lists.stays, page: 0, hasMore: false } };
    if (name === 'workspaces.mine') return { ok: true, data: { items: lists.seats, page: 0, hasMore: false } };
    if (name === 'workspaces.joined') return { ok: true, data: { items: lists.joined ?? [], page: 0, hasMore: false } };
    if (name === 'stays.station') return { ok: true, data: STATION };
    if (name === 'housing.mine') return { ok: true, data: lists.apartments ?? { applications: [], leases: [] } };
    throw new Error(`unexpected ${name}`);
  });
}

/** A team's booking as a member who joined by invite gets it (`workspaces.joined`). */
const joinedSeat = (id: string, status: JoinedSeatView['status']): JoinedSeatView => ({
  _id: id,
  role: 'member',
  stationId: 'station-pudong',
  team: { name: '邀请团队' },
  seats: 3,
  months: 2,
  startDate: '2099-03-01',
  endDate: '2099-05-01',
  status,
  seatNumbers: status === 'approved' ? [7, 8, 9] : [],
  reason: null,
  submittedAt: '2026-12-01T02:00:00.000Z',
});

const card = (id: string) => {
  const found = Array.from(document.querySelectorAll<HTMLElement>('.booking-card')).find((c) => c.textContent?.includes(id));
  if (!found) throw new Error(`no card for ${id}`);
  return found;
};
const within = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;
const steps = (root: HTMLElement) =>
  Array.from(
    root.querySelectorAll('.booking-card__step'),
    (s) => `${s.className.split('--')[1]}:${s.querySelector('.booking-card__step-label')?.textContent}`,
  );

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('loading, then the empty state in zh-CN and en', async () => {
  fakeCloud({ stays: [], seats: [] });
  render(<BookingsPage />);
  expect(screen.getByText('加载中…')).toBeTruthy();
  await waitFor(() => expect(screen.getByText('还没有申请。可在首页申请免费入住或工位。')).toBeTruthy());
  setLocale('en');
  await waitFor(() => expect(screen.getByText('No applications yet. Apply for a free stay or seats on the home page.')).toBeTruthy());
});

test('a network failure shows the error and a retry that loads again', async () => {
  failingFetch();
  render(<BookingsPage />);
  await waitFor(() => expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy());
  fakeCloud({ stays: [stay('stay-pending1', 'pending')], seats: [] });
  fireEvent.click(document.querySelector('.bookings__retry')!);
  await waitFor(() => expect(card('stay-pending1')).toBeTruthy());
  expect(document.querySelector('.bookings__error')).toBeNull();
});

test('a pending stay: timeline at review, what comes next, pickup, and a cancel that says what it costs', async () => {
  let cancelled = false;
  const calls = fakeCloud(
    {
      stays: [
        stay('stay-pending1', 'pending', {
          pickup: { place: 'PVG', number: 'MU5101', arrivalAt: '2027-01-10T01:30:00.000Z', requestedAt: '2026-12-01T02:00:00.000Z' },
        }),
      ],
      seats: [],
    },
    (call) => {
      if (call.event.action === 'cancel') {
        cancelled = true;
        return { ok: true, data: stay('stay-pending1', 'cancelled') };
      }
      if (call.event.action === 'mine' && call.url === '/fn/stays' && cancelled)
        return { ok: true, data: { items: [stay('stay-pending1', 'cancelled')], page: 0, hasMore: false } };
      return undefined;
    },
  );
  render(<BookingsPage />);
  await waitFor(() => expect(card('stay-pending1')).toBeTruthy());
  const pending = card('stay-pending1');
  expect(within(pending, '.booking-card__status')).toBe('待审核');
  expect(within(pending, '.booking-card__dates')).toBe('2027-01-10 至 2027-01-13，3 晚');
  expect(steps(pending)).toEqual(['done:已提交', 'current:审核', 'todo:入住', 'todo:退房']);
  expect(within(pending, '.booking-card__next')).toBe('驿站正在审核，通常 5 个工作日内给出结果');
  expect(within(pending, '.booking-card__pickup')).toBe('接站：浦东国际机场 · MU5101 · 2027-01-10 09:30');
  expect(pending.querySelector('.booking-card__code')).toBeNull();
  expect(pending.querySelector('.booking-card__show-code')).toBeNull();

  // Saying no to the dialog changes nothing.
  Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' });
  fireEvent.click(pending.querySelector('.booking-card__cancel')!);
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
  expect(Taro.showModal.mock.calls[0][0]).toMatchObject({
    title: '确定取消？',
    content: '取消后预留的床位将释放给其他申请人，您可以重新申请。',
  });
  expect(calls.some((c) => c.event.action === 'cancel')).toBe(false);

  fireEvent.click(card('stay-pending1').querySelector('.booking-card__cancel')!);
  await waitFor(() => expect(within(card('stay-pending1'), '.booking-card__status')).toBe('已取消'));
  expect(calls.filter((c) => c.event.action === 'cancel').map((c) => c.event.payload)).toEqual([{ id: 'stay-pending1' }]);
  expect(steps(card('stay-pending1'))).toEqual(['done:已提交', 'stopped:审核', 'todo:入住', 'todo:退房']);
  expect(card('stay-pending1').querySelector('.booking-card__cancel')).toBeNull();
});

test('an approved stay shows the address, check-in instructions, its code, and its QR code one tap away (en)', async () => {
  setLocale('en');
  fakeCloud({ stays: [stay('stay-approved1', 'approved')], seats: [] });
  render(<BookingsPage />);
  await waitFor(() => expect(card('stay-approved1').querySelector('.booking-card__code')).toBeTruthy());
  const approved = card('stay-approved1');
  expect(within(approved, '.booking-card__status')).toBe('Approved');
  expect(steps(approved)).toEqual(['done:Submitted', 'done:Review', 'current:Check-in', 'todo:Check-out']);
  expect(within(approved, '.booking-card__address')).toBe(
    'Pudong International Talent Station · 100 Example Road, Pudong New Area, Shanghai',
  );
  expect(approved.textContent).toContain('Check in at the front desk after 14:00');
  expect(within(approved, '.booking-card__code')).toBe('Check-in code: stay-approved1');
  // The QR code is drawn on the check-in pass page (applications subpackage, tests/ui/check-in-pass.test.tsx), so
  // its generator stays out of the main package: one tap.
  expect(approved.querySelector('.check-in-code')).toBeNull();
  expect(within(approved, '.booking-card__show-code')).toBe('Show check-in QR code');
  fireEvent.click(approved.querySelector('.booking-card__show-code')!);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/apply/pages/pass/index?id=stay-approved1' });

  Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' });
  fireEvent.click(approved.querySelector('.booking-card__cancel')!);
  await waitFor(() =>
    expect(Taro.showModal.mock.calls[0][0]).toMatchObject({
      content: 'Your bed goes to the waitlist; to stay you would have to apply and be reviewed again.',
    }),
  );
});

test('closed stays have no cancel; seat applications show team, term, seat numbers and their own timeline', async () => {
  fakeCloud({
    stays: [stay('stay-rejected1', 'rejected', { reason: '材料不全' }), stay('stay-in1', 'checked-in')],
    seats: [
      seat('seat-approved1', 'approved', { seatNumbers: [3, 4] }),
      seat('seat-started1', 'approved', { startDate: '2020-01-01', endDate: '2020-02-01' }),
    ],
  });
  render(<BookingsPage />);
  await waitFor(() => expect(card('seat-approved1')).toBeTruthy());
  expect(card('stay-rejected1').querySelector('.booking-card__cancel')).toBeNull();
  expect(card('stay-rejected1').textContent).toContain('原因：材料不全');
  expect(within(card('stay-in1'), '.booking-card__next')).toBe('祝您入住愉快；退房时请告知工作人员');
  expect(card('stay-in1').querySelector('.booking-card__cancel')).toBeNull();

  const approvedSeat = card('seat-approved1');
  expect(within(approvedSeat, '.booking-card__dates')).toBe('星火团队 · 2 个工位 · 2099-01-05 至 2099-02-04');
  expect(approvedSeat.textContent).toContain('工位号：3, 4');
  expect(steps(approvedSeat)).toEqual(['done:已提交', 'done:审核', 'current:使用工位']);
  expect(approvedSeat.querySelector('.booking-card__cancel')).toBeTruthy();
  // Started terms are ended early, not cancelled (core's cancelBeforeStart).
  expect(card('seat-started1').querySelector('.booking-card__cancel')).toBeNull();
});

test('a waitlist offer can be taken from the card until it lapses', async () => {
  let confirmed = false;
  const calls = fakeCloud(
    { stays: [stay('stay-offered1', 'offered', { offerExpiresAt: '2027-01-02T04:00:00.000Z' })], seats: [] },
    (call) => {
      if (call.event.action === 'confirmOffer') {
        confirmed = true;
        return { ok: true, data: stay('stay-offered1', 'pending') };
      }
      if (call.url === '/fn/stays' && call.event.action === 'mine' && confirmed)
        return { ok: true, data: { items: [stay('stay-offered1', 'pending')], page: 0, hasMore: false } };
      return undefined;
    },
  );
  render(<BookingsPage />);
  await waitFor(() => expect(card('stay-offered1')).toBeTruthy());
  expect(within(card('stay-offered1'), '.booking-card__next')).toBe('有床位空出，请尽快确认');
  expect(within(card('stay-offered1'), '.booking-card__confirm-offer')).toBe('确认入住（2027-01-02 12:00 前有效）');
  fireEvent.click(card('stay-offered1').querySelector('.booking-card__confirm-offer')!);
  await waitFor(() => expect(within(card('stay-offered1'), '.booking-card__status')).toBe('待审核'));
  expect(calls.filter((c) => c.event.action === 'confirmOffer').map((c) => c.event.payload)).toEqual([{ id: 'stay-offered1' }]);
});

test('a long history loads page by page: "load more" appends the next page of each list that has one', async () => {
  const asked: string[] = [];
  mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    const page = (call.event.payload as { page?: number } | undefined)?.page ?? 0;
    if (name === 'stays.station') return { ok: true, data: STATION };
    asked.push(`${name}:${page}`);
    if (name === 'stays.mine') return { ok: true, data: { items: [stay(`stay-page${page}`, 'cancelled')], page, hasMore: page === 0 } };
    if (name === 'workspaces.mine')
      return { ok: true, data: { items: page === 0 ? [seat('seat-only', 'cancelled')] : [], page, hasMore: false } };
    if (name === 'workspaces.joined')
      return { ok: true, data: { items: [joinedSeat(`seat-joined${page}`, 'approved')], page, hasMore: page === 0 } };
    throw new Error(`unexpected ${name}`);
  });
  render(<BookingsPage />);
  await waitFor(() => expect(card('stay-page0')).toBeTruthy());
  expect(screen.getByText('加载更多')).toBeTruthy();

  fireEvent.click(document.querySelector('.bookings__more')!);
  await waitFor(() => expect(card('stay-page1')).toBeTruthy());
  expect(card('stay-page0')).toBeTruthy();
  expect(card('seat-only')).toBeTruthy();
  // Only the list that had more was asked for its next page, and nothing is left to load.
  expect(card('seat-joined1')).toBeTruthy();
  expect(asked.filter((a) => !a.endsWith(':0'))).toEqual(['stays.mine:1', 'workspaces.joined:1']);
  expect(document.querySelector('.bookings__more')).toBeNull();
});

test.each([
  ['zh-CN', '您是该团队的成员；取消或提前结束由队长操作', '邀请成员'],
  ['en', 'You are a member of this team; the leader cancels or ends it', 'Invite members'],
] as const)('%s: the leader invites members to an active team; a joined team is read-only', async (locale, memberLine, invite) => {
  setLocale(locale);
  fakeCloud({
    stays: [],
    seats: [seat('seat-lead1', 'pending'), seat('seat-lead2', 'cancelled')],
    joined: [joinedSeat('seat-joined1', 'approved')],
  });
  render(<BookingsPage />);
  await waitFor(() => expect(card('seat-joined1')).toBeTruthy());
  const joined = card('seat-joined1');
  expect(within(joined, '.booking-card__member')).toBe(memberLine);
  expect(joined.textContent).toContain(locale === 'en' ? 'Seat numbers: 7, 8, 9' : '工位号：7, 8, 9');
  expect(joined.querySelector('.booking-card__cancel')).toBeNull();
  expect(joined.querySelector('.booking-card__invite')).toBeNull();
  expect(card('seat-lead2').querySelector('.booking-card__invite')).toBeNull();
  expect(within(card('seat-lead1'), '.booking-card__invite')).toBe(invite);
  fireEvent.click(card('seat-lead1').querySelector('.booking-card__invite')!);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/apply/pages/invite/index?id=seat-lead1' });
});

test.each([
  ['zh-CN', '轮候中', '张江人才公寓 · 一室户', '租约中', '2026-01-10 至 2027-01-10 · 月租 3150 元'],
  ['en', 'On the waiting list', 'Zhangjiang Talent Apartments · One room', 'Active', '2026-01-10 to 2027-01-10 · ¥3150/month'],
] as const)(
  '%s: talent apartments, an application waiting and a lease, each in brief with its building, opening the apartment pages',
  async (locale, waiting, home, active, term) => {
    setLocale(locale);
    const apartments = {
      applications: [application('waiting'), application('leased', { _id: 'apt-leased', leaseId: 'lease-apt-leased' })],
      leases: [lease()],
    };
    fakeCloud({ stays: [], seats: [], apartments });
    render(<BookingsPage />);
    await waitFor(() => expect(document.querySelector('.booking-card--lease')).toBeTruthy());
    // A leased application shows as its lease, not twice.
    expect(document.querySelectorAll('.booking-card--apartment')).toHaveLength(1);
    expect(within(card('apt-waiting'), '.booking-card__status')).toBe(waiting);
    expect(within(card('apt-waiting'), '.booking-card__home')).toBe(home);
    expect(within(card('lease-apt-leased'), '.booking-card__status')).toBe(active);
    expect(within(card('lease-apt-leased'), '.booking-card__home')).toBe(home);
    expect(within(card('lease-apt-leased'), '.booking-card__line')).toBe(term);
    expect(document.querySelector('.bookings__empty')).toBeNull();
    fireEvent.click(card('apt-waiting').querySelector('.booking-card__open')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/housing/pages/mine/index' });
  },
);

test('talent apartments: a record whose building is no longer stored shows its unit type alone', async () => {
  fakeCloud({ stays: [], seats: [], apartments: { applications: [application('waiting', { buildingName: null })], leases: [] } });
  render(<BookingsPage />);
  await waitFor(() => expect(card('apt-waiting')).toBeTruthy());
  expect(within(card('apt-waiting'), '.booking-card__home')).toBe('一室户');
});
