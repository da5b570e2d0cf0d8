import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { addDays, daysBetween, shanghaiDateOf } from '@core/calendar/dates';
import { seatEndDate } from '@core/workspaces/rules';
import { DEFAULT_STAY_POLICY, DEFAULT_SEAT_POLICY } from '@core/stations/policy';
import { resetLocaleCache, setLocale } from '@/i18n';
import SeatApplicationPage from '@/apply/pages/seat';
import { tapDay } from './nutui';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';
import { chooseFile, fileOf, installFakeXhr, uninstallFakeXhr } from './upload-mock';

const TODAY = shanghaiDateOf(new Date());
const STATION = {
  id: 'station-pudong',
  name: { 'zh-CN': '浦东', en: 'Pudong' },
  address: null,
  location: null,
  photos: [],
  services: [],
  beds: 10,
  seats: 20,
  stayPolicy: DEFAULT_STAY_POLICY,
  seatPolicy: DEFAULT_SEAT_POLICY,
};
const ME = {
  openId: 'demo-team',
  roles: ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted: true, acceptedAt: '2026-11-02T00:00:00.000Z', outdated: false },
};

function fakeCloud(options: { free?: number; apply?: (call: RecordedCall) => unknown } = {}) {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'stays.station') return { ok: true, data: STATION };
    if (name === 'account.me') return { ok: true, data: ME };
    if (name === 'workspaces.quote') {
      const { startDate, days } = call.event.payload as { startDate: string; days: number };
      const list = Array.from({ length: days }, (_, i) => ({ date: addDays(startDate, i), free: options.free ?? 20, capacity: 20 }));
      return { ok: true, data: { stationId: 'station-pudong', days: list, minFree: options.free ?? 20 } };
    }
    if (name === 'workspaces.apply' && options.apply) return options.apply(call);
    throw new Error(`unexpected ${name}`);
  });
}

const field = (name: string) => document.querySelector(`.form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const type = (name: string, value: string) => fireEvent.change(field(name).querySelector('input, textarea')!, { target: { value } });
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  installFakeXhr();
});
afterEach(() => {
  restoreFetch();
  uninstallFakeXhr();
});

test.each([
  ['zh-CN', '请填写此项', '请选择开始日期', '请上传商业计划书', '请先修改标出的内容'],
  ['en', 'Required', 'Choose the start date', 'Attach the business plan', 'Please correct the marked fields first'],
] as const)('%s: an empty form is not sent; each problem is shown where it is', async (locale, empty, start, plan, fix) => {
  setLocale(locale);
  const calls = fakeCloud();
  render(<SeatApplicationPage />);
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  click('.seat__submit');
  expect(errorOf('teamName')).toBe(empty);
  expect(errorOf('leaderName')).toBe(empty);
  expect(errorOf('summary')).toBe(locale === 'en' ? 'At least 10 characters' : '至少填写 10 个字');
  expect(errorOf('leaderPhone')).toBe(
    locale === 'en'
      ? 'Enter a valid mobile number: a mainland number, or one with its country code'
      : '请填写有效的手机号：中国大陆手机号，或带国家代码的号码',
  );
  expect(screen.getByText(start)).toBeTruthy();
  expect(screen.getByText(plan)).toBeTruthy();
  expect(document.querySelector('.seat__error')?.textContent).toBe(fix);
  expect(calls.some((c) => c.event.action === 'apply')).toBe(false);
});

test('a team with a member, two seats for two months and its business plan is sent as workspaces.apply expects', async () => {
  const applies: RecordedCall[] = [];
  fakeCloud({ apply: (call) => (applies.push(call), { ok: true, data: { _id: 'seat-xyz', status: 'pending' } }) });
  render(<SeatApplicationPage />);
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  type('teamName', '星火智能');
  type('summary', '面向中小制造企业的视觉质检软件');
  type('leaderName', '张创业');
  type('leaderPhone', '13900000000');
  click('.form__choice--leaderKind .form__chip--id-card');
  type('leaderId', '310101199001011234');
  click('.seat-members__add');
  click('.seat-members__add');
  type('member-name-0', '陈成员');
  type('member-phone-0', '13712345678');
  type('member-id-0', '310101199202022343');
  click('.seat-members__member--1 .seat-members__remove');
  click('.form__choice--seats .form__chip--2');
  click('.form__choice--months .form__chip--2');
  await tapDay(addDays(TODAY, 7));
  await chooseFile('business-plan', fileOf('plan.pdf', 300_000));
  await waitFor(() => expect(document.querySelector('.document-upload--done')).toBeTruthy());
  click('.seat__submit');
  await waitFor(() => expect(screen.getByText('工位申请已提交')).toBeTruthy());
  // The next step for a team: inviting its members (the invite page of this subpackage).
  click('.seat-done__invite');
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/apply/pages/invite/index?id=seat-xyz' });
  expect(applies).toHaveLength(1);
  expect(applies[0].event.requestId).toMatch(/^[0-9a-z]{20}$/);
  expect(applies[0].event.payload).toEqual({
    stationId: 'station-pudong',
    seats: 2,
    months: 2,
    startDate: addDays(TODAY, 7),
    team: {
      name: '星火智能',
      leader: { name: '张创业', phone: '13900000000', identityDocument: { kind: 'id-card', number: '310101199001011234' } },
      members: [{ name: '陈成员', phone: '13712345678', identityDocument: { kind: 'id-card', number: '310101199202022343' } }],
      projectSummary: '面向中小制造企业的视觉质检软件',
    },
    documents: [
      {
        kind: 'business-plan',
        fileId: expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\/seat-documents\//),
        type: 'pdf',
        size: 300_000,
      },
    ],
  });
});

test('warns when fewer seats are free over the term than asked for (en)', async () => {
  setLocale('en');
  fakeCloud({ free: 1 });
  render(<SeatApplicationPage />);
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  click('.form__choice--seats .form__chip--3');
  await tapDay(addDays(TODAY, 5));
  await waitFor(() =>
    expect(document.querySelector('.seat__not-enough')?.textContent).toBe('Fewer than 3 seats are free in that term (as few as 1)'),
  );
});

test.each([
  ['zh-CN', '请填写 11 位中国大陆手机号', '请填写此项'],
  ['en', 'Enter an 11-digit mainland mobile number', 'Required'],
] as const)("%s: each member's mobile is checked as a mainland number, on its own field", async (locale, mobile, empty) => {
  setLocale(locale);
  fakeCloud();
  render(<SeatApplicationPage />);
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  click('.seat-members__add');
  click('.seat-members__add');
  type('member-phone-0', '+8613712345678');
  click('.seat__submit');
  expect(errorOf('member-phone-0')).toBe(mobile);
  expect(errorOf('member-phone-1')).toBe(mobile);
  expect(errorOf('member-name-1')).toBe(empty);
  type('member-phone-0', '13712345678');
  expect(errorOf('member-phone-0')).toBeNull();
  // The leader's phone keeps the wider rule (an overseas number with its country code).
  type('leaderPhone', '+4915112345678');
  expect(errorOf('leaderPhone')).toBeNull();
});

test('a term chosen in the station list (start date, months, seats) is where the form starts', async () => {
  const start = addDays(TODAY, 7);
  setRouterParams({ station: 'station-pudong', startDate: start, months: '2', seats: '3' });
  const calls = fakeCloud();
  render(<SeatApplicationPage />);
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  expect(document.querySelector('.form__choice--months .form__chip--2')!.className).toContain('form__chip--active');
  expect(document.querySelector('.form__choice--seats .form__chip--3')!.className).toContain('form__chip--active');
  // The seats free over that whole term are asked at once, from its start.
  await waitFor(() =>
    expect(calls.map((c) => c.event.payload as { startDate?: string; days?: number })).toContainEqual({
      stationId: 'station-pudong',
      startDate: start,
      days: daysBetween(start, seatEndDate(start, 2)),
    }),
  );
});
