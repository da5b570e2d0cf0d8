import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { addDays, shanghaiDateOf } from '@core/calendar/dates';
import { DEFAULT_STAY_POLICY, DEFAULT_SEAT_POLICY } from '@core/stations/policy';
import { resetLocaleCache, setLocale } from '@/i18n';
import StayWizardPage from '@/apply/pages/stay';
import { chooseTime, tapDay } from './nutui';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';
import { chooseFile, fileOf, installFakeXhr, uninstallFakeXhr } from './upload-mock';

const VERSION = '2026-11-01';
const TODAY = shanghaiDateOf(new Date());
const STATION = {
  id: 'station-pudong',
  name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong International Talent Station' },
  address: null,
  location: null,
  photos: [],
  services: [],
  beds: 10,
  seats: 20,
  stayPolicy: DEFAULT_STAY_POLICY,
  seatPolicy: DEFAULT_SEAT_POLICY,
};
const me = (accepted: boolean, roles = ['applicant']) => ({
  openId: 'demo-applicant',
  roles,
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: VERSION, accepted, acceptedAt: accepted ? '2026-11-02T00:00:00.000Z' : null, outdated: false },
});

type Answer = (call: RecordedCall) => unknown;
/** A fake local cloud: the answers a test gives by `function.action`, the obvious ones otherwise. */
function fakeCloud(answers: Record<string, Answer> = {}) {
  let consented = false;
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (answers[name]) return answers[name](call);
    if (name === 'stays.station') return { ok: true, data: STATION };
    if (name === 'account.me') return { ok: true, data: me(consented) };
    if (name === 'account.consent') {
      consented = true;
      return { ok: true, data: me(true) };
    }
    if (name === 'stays.quote') {
      const { checkIn, nights } = call.event.payload as { checkIn: string; nights: number };
      return {
        ok: true,
        data: {
          stationId: 'station-pudong',
          available: true,
          nights: Array.from({ length: nights }, (_, i) => ({ date: addDays(checkIn, i), free: 3, capacity: 10 })),
        },
      };
    }
    throw new Error(`unexpected call ${name}`);
  });
}

const type = (name: string, value: string) =>
  fireEvent.change(document.querySelector(`.form__field--${name} input`)!, { target: { value } });
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);
const next = () => click('.stay__next');

/** Fills the wizard up to the review step as an eligible overseas professional. */
async function fillUpToReview() {
  await waitFor(() => expect(document.querySelector('.stay-who')).toBeTruthy());
  type('name', 'Alex Chen');
  type('phone', '+8613800000000');
  type('idNumber', 'E12345678');
  type('yearsAbroad', '5');
  click('.form__check--intendsShanghai');
  next();
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
  await tapDay(addDays(TODAY, 3));
  await tapDay(addDays(TODAY, 6));
  next();
  click('.form__chip--want');
  click('.form__chip--PVG');
  type('number', 'MU5101');
  click(`.form__choice--arrivalDay .form__chip--${addDays(TODAY, 3)}`);
  chooseTime('arrivalTime', '09:30');
  next();
  await chooseFile('passport', fileOf('passport.jpg', 50_000, 'image/jpeg'));
  await chooseFile('work-proof', fileOf('proof.pdf', 80_000));
  await waitFor(() => expect(document.querySelectorAll('.document-upload--done').length).toBe(2));
  next();
  await waitFor(() => expect(document.querySelector('.stay-review')).toBeTruthy());
}

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

test('a step with problems does not go on, and says so', async () => {
  fakeCloud();
  render(<StayWizardPage />);
  await waitFor(() => expect(document.querySelector('.stay-who')).toBeTruthy());
  next();
  expect(document.querySelector('.stay-who')).toBeTruthy();
  expect(screen.getByText('请先修改标出的内容')).toBeTruthy();
  expect(document.querySelectorAll('.form__field--invalid').length).toBeGreaterThan(0);
});

test('consents, submits once with a requestId that a retry reuses, registers the pickup and says what happens next', async () => {
  const applies: RecordedCall[] = [];
  const pickups: RecordedCall[] = [];
  const calls = fakeCloud({
    'stays.apply': (call) => {
      applies.push(call);
      // The first attempt is lost on the way back: the app only sees a server error.
      if (applies.length === 1) return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用', requestId: 'log-1' } };
      return { ok: true, data: { _id: 'stay-abc123', status: 'pending' } };
    },
    'stays.requestPickup': (call) => {
      pickups.push(call);
      return { ok: true, data: { id: 'stay-abc123' } };
    },
  });
  render(<StayWizardPage />);
  await fillUpToReview();

  expect(document.querySelector('.stay-review__row--dates .stay-review__value')?.textContent).toBe(
    `${addDays(TODAY, 3)} 至 ${addDays(TODAY, 6)}，共 3 晚`,
  );
  click('.stay-review__submit');
  expect(screen.getByText('提交前请先同意隐私政策')).toBeTruthy();
  expect(applies).toHaveLength(0);

  click('.form__check--consent');
  click('.stay-review__submit');
  await waitFor(() => expect(document.querySelector('.stay-review__submit')?.textContent).toBe('重新提交（不会重复申请）'));
  expect(document.querySelector('.stay-review__message')?.textContent).toContain('请求编号：log-1');
  click('.stay-review__submit');
  await waitFor(() => expect(document.querySelector('.stay-done')).toBeTruthy());

  expect(calls.filter((c) => c.event.action === 'consent').map((c) => c.event.payload)).toEqual([{ version: VERSION }]);
  expect(applies).toHaveLength(2);
  expect(applies[1].event.requestId).toBe(applies[0].event.requestId);
  expect(applies[0].event.payload).toEqual({
    stationId: 'station-pudong',
    type: 'overseas-professional',
    checkIn: addDays(TODAY, 3),
    nights: 3,
    applicant: { name: 'Alex Chen', phone: '+8613800000000', identityDocument: { kind: 'passport', number: 'E12345678' } },
    intendsToWorkInShanghai: true,
    yearsAbroad: 5,
    documents: [
      { kind: 'passport', fileId: expect.stringMatching(/^cloud:\/\//), type: 'jpg', size: 50_000 },
      { kind: 'work-proof', fileId: expect.stringMatching(/^cloud:\/\//), type: 'pdf', size: 80_000 },
    ],
  });
  expect(pickups.map((c) => c.event.payload)).toEqual([
    { id: 'stay-abc123', place: 'PVG', number: 'MU5101', arrivalAt: `${addDays(TODAY, 3)}T09:30:00+08:00` },
  ]);
  expect(screen.getByText('申请编号：stay-abc123')).toBeTruthy();
  expect(screen.getByText('1. 驿站将在 5 个工作日内审核，结果会通过消息通知您')).toBeTruthy();
  click('.stay-done__bookings');
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/bookings/index' });
});

test("NOT_ELIGIBLE from the server lists each failed rule in the user's language; an edited form is a new submit", async () => {
  setLocale('en');
  const applies: RecordedCall[] = [];
  fakeCloud({
    'account.me': () => ({ ok: true, data: me(true) }),
    'stays.apply': (call) => {
      applies.push(call);
      return {
        ok: false,
        error: {
          code: 'NOT_ELIGIBLE',
          message: 'You are not eligible for this',
          details: {
            reasons: [
              { rule: 'years-abroad', message: { 'zh-CN': '需在海外工作满 3 年', en: 'At least 3 years of work abroad are required' } },
            ],
          },
        },
      };
    },
  });
  render(<StayWizardPage />);
  await fillUpToReview();
  expect(document.querySelector('.stay-review__consent')).toBeNull();
  click('.stay-review__submit');
  await waitFor(() =>
    expect(document.querySelector('.stay-review__reason--years-abroad')?.textContent).toBe(
      '✗ At least 3 years of work abroad are required',
    ),
  );
  expect(screen.getByText('These conditions are not met yet:')).toBeTruthy();

  click('.stay__back');
  click('.stay__back');
  click('.stay__back');
  click('.stay__back');
  type('yearsAbroad', '6');
  for (let i = 0; i < 4; i += 1) next();
  await waitFor(() => expect(document.querySelector('.stay-review')).toBeTruthy());
  click('.stay-review__submit');
  await waitFor(() => expect(applies).toHaveLength(2));
  expect(applies[1].event.requestId).not.toBe(applies[0].event.requestId);
});

test.each([
  ['zh-CN', '身份证号码有误，请核对（18 位，最后一位可为 X）'],
  ['en', 'This ID card number is not valid: check its 18 characters (the last may be X)'],
] as const)('%s: a mistyped ID card number is refused on its field, before the next step', async (locale, message) => {
  setLocale(locale);
  fakeCloud();
  render(<StayWizardPage />);
  await waitFor(() => expect(document.querySelector('.stay-who')).toBeTruthy());
  type('name', 'Alex Chen');
  type('phone', '+8613800000000');
  click('.form__choice--idKind .form__chip--id-card');
  // The standard's example number with one digit mistyped: its check character no longer fits.
  type('idNumber', '11010519491231003X');
  type('yearsAbroad', '5');
  click('.form__check--intendsShanghai');
  next();
  expect(document.querySelector('.stay-who')).toBeTruthy();
  expect(document.querySelector('.form__field--idNumber .form__error')?.textContent).toBe(message);
  type('idNumber', '11010519491231002X');
  next();
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
});

test('a returnee who does not meet a condition learns it on the first step, not after uploading proofs', async () => {
  fakeCloud();
  render(<StayWizardPage />);
  await waitFor(() => expect(document.querySelector('.stay-who')).toBeTruthy());
  type('name', 'Alex Chen');
  type('phone', '+8613800000000');
  type('idNumber', 'E12345678');
  type('yearsAbroad', '5');
  // Not ticked: intends to work in Shanghai, which the free stay is for.
  next();
  expect(document.querySelector('.stay-who')).toBeTruthy();
  expect(document.querySelector('.stay-rules__unmet')).toBeTruthy();
  expect(document.querySelector('.stay-rules__blocked')?.textContent).toBe('您目前不符合上面标 ✗ 的条件，申请会被拒绝：请核对您的回答');
  click('.form__check--intendsShanghai');
  expect(document.querySelector('.stay-rules__blocked')).toBeNull();
  next();
  await waitFor(() => expect(document.querySelector('.free-days')).toBeTruthy());
});

test('for a guest: an employer names the guest, the purpose and the employer', async () => {
  setRouterParams({ for: 'guest' });
  fakeCloud({ 'account.me': () => ({ ok: true, data: me(true, ['applicant', 'employer']) }) });
  render(<StayWizardPage />);
  await waitFor(() => expect(document.querySelector('.stay-who')).toBeTruthy());
  expect(screen.getByText('入住嘉宾')).toBeTruthy();
  expect(document.querySelector('.form__choice--type')).toBeNull();
  expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '为嘉宾预订住宿' });
  type('employerName', '示例科技');
  type('name', '王专家');
  type('phone', '13800000000');
  type('idNumber', 'G1234567');
  expect(document.querySelector('.stay-rules__ok')?.textContent).toBe('根据您填写的信息，您很可能符合条件');
  next();
  await waitFor(() => expect(document.querySelector('.stay-dates')).toBeTruthy());
});
