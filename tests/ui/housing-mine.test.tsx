import { fireEvent, render, waitFor } from '@testing-library/react';
import { addDays, shanghaiDateTimeOf } from '@core/calendar/dates';
import { addMonths } from '@core/dates';
import { resetLocaleCache, setLocale } from '@/i18n';
import MyHousingPage from '@/housing/pages/mine';
import type { MineReply } from '@/housing/services/housing';
import { now, today } from '../support/clock';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { application, BUILDING, lease } from './housing-fixtures';
import Taro, { resetTaroStub } from './stubs/taro';

const TODAY = today();

function fakeCloud(mine: () => MineReply, onCall: (call: RecordedCall) => unknown = () => undefined) {
  return mockFetch((call) => {
    const answered = onCall(call);
    if (answered) return answered;
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'housing.mine') return { ok: true, data: mine() };
    if (name === 'housing.buildings') return { ok: true, data: { items: [BUILDING] } };
    throw new Error(`unexpected ${name}`);
  });
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
const texts = (selector: string) => Array.from(document.querySelectorAll(selector)).map((e) => e.textContent);
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);
const actions = (calls: RecordedCall[], action: string) => calls.filter((c) => c.event.action === action);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('while the employer has not confirmed: the status and the day they must confirm by', async () => {
  fakeCloud(() => ({ applications: [application('awaiting-employer')], leases: [] }));
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-application')).toBeTruthy());
  expect(text('.housing-application__status')).toBe('待用人单位确认');
  expect(text('.housing-application__employer')).toBe('等待用人单位确认在职情况，截止 2026-12-11');
  expect(text('.housing-application')).toContain('张江人才公寓 · 一室户');
});

test.each([
  ['zh-CN', '轮候第 3 位（共 5 户）', '1 户人才类别优先级高于您', '1 户与您同一优先级、排队更早'],
  [
    'en',
    'Place 3 of 5 on the waiting list',
    '1 ahead of you in a higher priority category',
    '1 ahead of you in your category, queued earlier',
  ],
] as const)('%s: on the list, the place and why each one ahead is ahead', async (locale, place, byPriority, byTime) => {
  setLocale(locale);
  const waitingPosition = { position: 3, total: 5, aheadByPriority: 1, aheadByTime: 1 };
  fakeCloud(() => ({ applications: [application('waiting', { waitingPosition })], leases: [] }));
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-application__position')).toBeTruthy());
  expect(text('.housing-application__position .housing__line')).toBe(place);
  expect(text('.housing-application__ahead-priority')).toBe(byPriority);
  expect(text('.housing-application__ahead-time')).toBe(byTime);
  expect(document.querySelector('.housing-application__employer .housing__ok')).toBeTruthy();
});

test('an offer: its deadline, a viewing slot booked, then accepted; the lease is shown', async () => {
  const offer = {
    unitId: 'apt-zhangjiang-202',
    start: addDays(TODAY, 7),
    end: addMonths(addDays(TODAY, 7), 12),
    offeredOn: TODAY,
    expiresOn: addDays(TODAY, 3),
  };
  let state: MineReply = { applications: [application('offered', { offer })], leases: [] };
  const calls = fakeCloud(
    () => state,
    (call) => {
      if (call.event.action === 'bookViewing') {
        state = { applications: [application('offered', { offer, viewing: { date: addDays(TODAY, 1), time: '14:00' } })], leases: [] };
        return {
          ok: true,
          data: { application: state.applications[0], slot: { date: addDays(TODAY, 1), time: '14:00', booked: 1, capacity: 3 } },
        };
      }
      if (call.event.action === 'acceptOffer') {
        const signed = lease({ start: offer.start, end: offer.end, unitId: offer.unitId });
        state = {
          applications: [application('leased', { offer, leaseId: signed._id, _id: 'apt-offered' })],
          leases: [{ ...signed, applicationId: 'apt-offered' }],
        };
        return { ok: true, data: { application: state.applications[0], lease: state.leases[0] } };
      }
      return undefined;
    },
  );
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-application__offer')).toBeTruthy());
  expect(text('.housing-application__deadline')).toBe(`请在 ${addDays(TODAY, 3)}（含）前确认，逾期视为放弃`);
  // Two times a day, from today to the offer's last day (included), less today's times already past.
  const at = shanghaiDateTimeOf(now());
  const slots = [0, 1, 2, 3].flatMap((d) => ['10:00', '14:00'].map((time) => `${addDays(TODAY, d)} ${time}`)).filter((s) => s > at);
  expect(document.querySelectorAll('.housing-application__slot')).toHaveLength(slots.length);

  click(`.housing-application__slot--${addDays(TODAY, 1)}-1400`);
  await waitFor(() => expect(text('.housing-application__viewing')).toBe(`已预约看房：${addDays(TODAY, 1)} 14:00`));
  expect(actions(calls, 'bookViewing').map((c) => c.event.payload)).toEqual([
    { id: 'apt-offered', date: addDays(TODAY, 1), time: '14:00' },
  ]);

  click('.housing-application__accept');
  await waitFor(() => expect(document.querySelector('.housing-lease')).toBeTruthy());
  expect(actions(calls, 'acceptOffer')).toHaveLength(1);
  expect(actions(calls, 'acceptOffer')[0].event.requestId).toBe(`accept-apt-offered-${TODAY}`);
  expect(text('.housing-lease__term')).toBe(`租期：${offer.start} 至 ${offer.end}（${offer.end} 为退房日）`);
  expect(text('.housing-lease__rent')).toBe('月租金：3150 元');
  expect(text('.housing-lease__deposit')).toBe('押金：4500 元');
  expect(text('.housing-lease__move-in-pending')).toBe('待入住交接：入住当天由公寓工作人员核对交接清单');
  expect(text('.housing-lease__renew-later')).toBe(`可于 ${addDays(offer.end, -60)} 起申请续租`);
});

test('declining an offer says first what it costs (the end of the tier), and is not sent when the user keeps it', async () => {
  const offer = { unitId: 'apt-zhangjiang-202', start: TODAY, end: addMonths(TODAY, 12), offeredOn: TODAY, expiresOn: addDays(TODAY, 3) };
  const calls = fakeCloud(() => ({ applications: [application('offered', { offer })], leases: [] }));
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-application__decline')).toBeTruthy());
  Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' });
  click('.housing-application__decline');
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
  expect(Taro.showModal.mock.calls[0][0]).toMatchObject({
    title: '放弃这套房源？',
    content: '放弃后您将排到同一优先级的末尾。',
    confirmText: '放弃',
  });
  expect(actions(calls, 'declineOffer')).toHaveLength(0);

  click('.housing-application__decline');
  await waitFor(() => expect(actions(calls, 'declineOffer')).toHaveLength(1));
});

test('a lease in its last 60 days may be renewed; past the cumulative cap the refusal is explained', async () => {
  const renewable = lease({ _id: 'lease-a', applicationId: 'apt-a', start: addMonths(addDays(TODAY, 30), -12), end: addDays(TODAY, 30) });
  const capped = lease({
    _id: 'lease-b',
    applicationId: 'apt-b',
    start: addMonths(addDays(TODAY, 20), -36),
    end: addDays(TODAY, 20),
    months: 36,
    moveIn: {
      on: '2024-01-01',
      checklist: [
        { item: '钥匙 2 把', ok: true },
        { item: '门禁卡', ok: false },
      ],
    },
  });
  let state: MineReply = { applications: [], leases: [renewable, capped] };
  const calls = fakeCloud(
    () => state,
    (call) => {
      if (call.event.action !== 'requestRenewal') return undefined;
      const end = addMonths(renewable.end, 12);
      const renewed = { ...renewable, end, months: 24, renewals: [{ on: TODAY, months: 12, end }] };
      state = { applications: [], leases: [renewed, capped] };
      return { ok: true, data: renewed };
    },
  );
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelectorAll('.housing-lease')).toHaveLength(2));
  const [first, second] = Array.from(document.querySelectorAll<HTMLElement>('.housing-lease'));
  expect(second.querySelector('.housing-lease__renew')).toBeNull();
  expect(second.querySelector('.housing-lease__refused--cumulative-cap')?.textContent).toBe('✗ 累计租期已达上限 36 个月');
  expect(
    Array.from(second.querySelectorAll('.housing-lease__move-in .housing__line, .housing-lease__move-in .housing__unmet')).map(
      (e) => e.textContent,
    ),
  ).toEqual(['✓ 钥匙 2 把', '✗ 门禁卡']);

  fireEvent.click(first.querySelector('.housing-lease__renew')!);
  await waitFor(() =>
    expect(texts('.housing-lease__renewal')).toEqual([`续租记录：${TODAY} 续租 12 个月至 ${addMonths(renewable.end, 12)}`]),
  );
  expect(actions(calls, 'requestRenewal').map((c) => c.event.payload)).toEqual([{ leaseId: 'lease-a' }]);
});

test('notice is checked against the notice period before it is sent, then confirmed', async () => {
  const current = lease({ start: addDays(TODAY, -100), end: addDays(TODAY, 265) });
  let state: MineReply = { applications: [], leases: [current] };
  const calls = fakeCloud(
    () => state,
    (call) => {
      if (call.event.action !== 'giveNotice') return undefined;
      const { moveOut } = call.event.payload as { moveOut: string };
      const given = { ...current, status: 'ending' as const, end: moveOut, notice: { givenOn: TODAY, moveOut } };
      state = { applications: [], leases: [given] };
      return { ok: true, data: given };
    },
  );
  render(<MyHousingPage />);
  await waitFor(() => expect(document.querySelector('.housing-lease__notice-open')).toBeTruthy());
  click('.housing-lease__notice-open');
  fireEvent.change(document.querySelector('.form__field--moveOut input')!, { target: { value: addDays(TODAY, 10) } });
  expect(text('.housing-lease__notice .housing__unmet')).toBe('✗ 提前退租须至少提前 30 天告知');
  expect(document.querySelector('.housing-lease__notice-submit')?.getAttribute('disabled')).not.toBeNull();
  fireEvent.change(document.querySelector('.form__field--moveOut input')!, { target: { value: addDays(TODAY, 40) } });
  click('.housing-lease__notice-submit');
  await waitFor(() => expect(text('.housing-lease__notice-given')).toBe(`已于 ${TODAY} 申请提前退租，退房日 ${addDays(TODAY, 40)}`));
  expect(actions(calls, 'giveNotice').map((c) => c.event.payload)).toEqual([{ leaseId: current._id, moveOut: addDays(TODAY, 40) }]);
});
