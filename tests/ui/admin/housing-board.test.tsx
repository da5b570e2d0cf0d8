import { fireEvent, render, waitFor } from '@testing-library/react';
import { leaseTerm, offerLastDay } from '@core/housing/lease';
import { DEFAULT_APARTMENT_POLICY } from '@core/housing/policy';
import { resetLocaleCache } from '@/i18n';
import HousingBoardPage from '@/admin/pages/housing-board';
import { restoreFetch } from '../fetch-mock';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fail, fakeCloud, type Handler } from './fake-cloud';
import { TODAY, application, building, inDays, leasePeriod, offerPeriod, unit, waiting } from './housing-fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({});
});
afterEach(restoreFetch);

const MONTHS = DEFAULT_APARTMENT_POLICY.leaseMonths;
const UNITS = [
  unit('apt-a-101'),
  unit('apt-a-102', { periods: [leasePeriod(inDays(-300), inDays(20))] }),
  unit('apt-a-103', { periods: [offerPeriod(inDays(3), leaseTerm(inDays(3), MONTHS).end, inDays(2))] }),
  unit('apt-a-104', { status: 'maintenance' }),
  unit('apt-a-201', { type: 'studio' }),
];
const LIST = [waiting('APP-1', '王一', 1, 0, { category: 'leading' }), waiting('APP-2', '李二', 2, 2, { declines: 1 })];

const board = (overrides: Record<string, Handler> = {}) =>
  fakeCloud({
    'housing.staffBuildings': () => ({ items: [building('apt-a'), building('apt-b')] }),
    'housing.units': (p) => ({ items: p.buildingId === 'apt-a' ? UNITS : [unit('apt-b-101', { buildingId: 'apt-b' })] }),
    'housing.waitingList': (p) => ({ items: p.buildingId === 'apt-a' && p.unitType === 'one-room' ? LIST : [] }),
    ...overrides,
  });

const unitIds = () => all('housing-unit').map((e) => e.className.match(/housing-unit--(apt-[a-z]-\d+)/)![1]);

test.each(['demo-applicant', 'demo-unit'])('%s is shown no board and nothing is asked of housing', async (openId) => {
  actAs(openId);
  const calls = board();
  render(<HousingBoardPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test('the operator sees the free units of the first type and the waiting list in order, head marked', async () => {
  actAs('demo-operator');
  const calls = board();
  render(<HousingBoardPage />);
  // The URL names no building or type: the first building, and its first listed type (studio), are shown.
  await waitFor(() => expect(unitIds()).toEqual(['apt-a-201']));
  expect(byClass('admin-tabs__tab--active').textContent).toBe('单间');
  expect(byClass('housing-building--apt-a').className).toContain('admin-chips__chip--on');
  fireEvent.click(byClass('admin-tabs__tab--one-room'));
  await waitFor(() =>
    expect(callsOf(calls, 'housing.waitingList').at(-1)!.event.payload).toEqual({ buildingId: 'apt-a', unitType: 'one-room' }),
  );
  await waitFor(() => expect(all('housing-applicant')).toHaveLength(2));
  expect(unitIds()).toEqual(['apt-a-101']);
  const head = byClass('housing-applicant--head');
  expect(head.className).toContain('housing-applicant--APP-1');
  expect(head.textContent).toContain('王一');
  expect(head.textContent).toContain('第 1 档');
  expect(head.textContent).toContain('领军人才');
  expect(head.textContent).toContain('单位已确认');
  expect(byClass('housing-applicant--APP-2').textContent).toContain('已拒 1 次');
  // Filters: by tier, and by name or employer.
  fireEvent.click(byClass('housing-board__tier--2'));
  expect(all('housing-applicant').map((e) => e.textContent)).toEqual([expect.stringContaining('李二')]);
  fireEvent.click(byClass('housing-board__tier--all'));
  fireEvent.change(byClass('housing-board__search'), { target: { value: '王' } });
  expect(all('housing-applicant').map((e) => e.textContent)).toEqual([expect.stringContaining('王一')]);
  fireEvent.change(byClass('housing-board__search'), { target: { value: '' } });
  expect(byClass('housing-board__term').textContent).toBe(`租期 ${TODAY} 至 ${leaseTerm(TODAY, MONTHS).end}（${MONTHS} 个月）`);
  // Every unit's state, when asked: free first, then by the day it frees up, maintenance last.
  fireEvent.click(byClass('housing-board__toggle'));
  expect(unitIds()).toEqual(['apt-a-101', 'apt-a-102', 'apt-a-103', 'apt-a-104']);
  expect(byClass('housing-unit--apt-a-102').textContent).toContain(`已出租，${inDays(20)} 起空出`);
  expect(byClass('housing-unit--apt-a-103').textContent).toContain(`邀约中，${inDays(2)} 截止答复`);
  expect(byClass('housing-unit--apt-a-104').textContent).toContain('维修中');
  expect(byClass('housing-board__pending').textContent).toContain(`103：${inDays(3)}`);
});

test('a later start frees the leased unit; the strip counts free units by start date', async () => {
  actAs('demo-operator');
  setRouterParams({ building: 'apt-a', type: 'one-room' });
  board();
  render(<HousingBoardPage />);
  await waitFor(() => expect(unitIds()).toEqual(['apt-a-101']));
  expect(byClass(`housing-board__day--${TODAY}`).textContent).toBe(`${TODAY} 起 1 套`);
  expect(byClass(`housing-board__day--${inDays(30)}`).textContent).toBe(`${inDays(30)} 起 2 套`);
  fireEvent.click(byClass(`housing-board__day--${inDays(30)}`));
  expect(unitIds()).toEqual(['apt-a-101', 'apt-a-102']);
  fireEvent.change(byClass('housing-board__start'), { target: { value: '2020-01-01' } });
  expect(byClass('housing-board__term').textContent).toBe('请输入有效日期，如 2027-01-01，且不早于今天');
  expect((byClass('housing-board__offer') as HTMLButtonElement).disabled).toBe(true);
});

test('offering: pick a free unit, the offer goes to the head with the deadline; the board is read again', async () => {
  actAs('demo-operator');
  setRouterParams({ building: 'apt-a', type: 'one-room' });
  const term = leaseTerm(TODAY, MONTHS);
  const deadline = offerLastDay(TODAY, DEFAULT_APARTMENT_POLICY);
  const calls = board({
    'housing.offer': (p) => ({
      ...LIST[0],
      status: 'offered',
      offer: { unitId: p.unitId, start: p.start, end: term.end, offeredOn: TODAY, expiresOn: deadline },
    }),
  });
  render(<HousingBoardPage />);
  await waitFor(() => expect(all('housing-applicant')).toHaveLength(2));
  await waitFor(() => expect(unitIds()).toEqual(['apt-a-101']));
  expect((byClass('housing-board__offer') as HTMLButtonElement).disabled).toBe(true);
  expect(byClass('housing-board__offer-what').textContent).toBe('请先在左侧选择一套空置房源');
  fireEvent.click(byClass('housing-unit--apt-a-101'));
  expect(byClass('housing-unit--apt-a-101').className).toContain('housing-unit--chosen');
  expect(byClass('housing-board__offer-what').textContent).toBe(`将 101 邀约给队首 王一：${TODAY} 至 ${term.end}，答复截止 ${deadline}`);
  expect(byClass('housing-board__offer').textContent).toBe('发出邀约');
  fireEvent.click(byClass('housing-board__offer'));
  await waitFor(() => byClass('housing-board__result'));
  expect(callsOf(calls, 'housing.offer')[0].event.payload).toEqual({ unitId: 'apt-a-101', start: TODAY });
  expect(byClass('housing-board__result').textContent).toBe(`已向 王一 发出邀约：101，${TODAY} 至 ${term.end}，请于 ${deadline} 前答复`);
  await waitFor(() => expect(callsOf(calls, 'housing.units')).toHaveLength(2));
  expect(callsOf(calls, 'housing.waitingList')).toHaveLength(2);
});

test('a refused offer shows the server message and keeps the board', async () => {
  actAs('demo-admin');
  setRouterParams({ building: 'apt-a', type: 'one-room' });
  board({ 'housing.offer': () => fail('CONFLICT', '该房源在所选期间已被占用') });
  render(<HousingBoardPage />);
  await waitFor(() => expect(unitIds()).toEqual(['apt-a-101']));
  await waitFor(() => expect(all('housing-applicant')).toHaveLength(2));
  fireEvent.click(byClass('housing-unit--apt-a-101'));
  fireEvent.click(byClass('housing-board__offer'));
  await waitFor(() => expect(byClass('housing-board__error').textContent).toContain('该房源在所选期间已被占用'));
  expect(all('housing-applicant')).toHaveLength(2);
});

test('another building: its units and list are read; an empty list says so and offers nothing', async () => {
  actAs('demo-operator');
  const calls = board();
  render(<HousingBoardPage />);
  await waitFor(() => byClass('housing-building--apt-b'));
  fireEvent.click(byClass('housing-building--apt-b'));
  await waitFor(() => expect(callsOf(calls, 'housing.units').at(-1)!.event.payload).toEqual({ buildingId: 'apt-b' }));
  await waitFor(() => byClass('admin-tabs__tab--one-room'));
  fireEvent.click(byClass('admin-tabs__tab--one-room'));
  await waitFor(() => expect(unitIds()).toEqual(['apt-b-101']));
  await waitFor(() => expect(byClass('housing-board__list').textContent).toContain('该户型暂无轮候申请'));
  fireEvent.click(byClass('housing-unit--apt-b-101'));
  expect((byClass('housing-board__offer') as HTMLButtonElement).disabled).toBe(true);
});

test('beside the list: applications awaiting the employer (with the due day), and offered ones (unit, term, deadline)', async () => {
  actAs('demo-operator');
  setRouterParams({ building: 'apt-a', type: 'one-room' });
  const offer = { unitId: 'apt-a-103', start: inDays(3), end: inDays(368), offeredOn: TODAY, expiresOn: inDays(2) };
  const calls = board({
    'housing.applications': (p) => ({
      items:
        p.status === 'offered'
          ? [application('APP-O', '郑三', { status: 'offered', offer, viewing: { date: inDays(1), time: '10:00' } })]
          : [application('APP-E', '孙四', { status: 'awaiting-employer', employerDueOn: inDays(4) })],
    }),
  });
  render(<HousingBoardPage />);
  await waitFor(() => expect(all('housing-applicant')).toHaveLength(2));
  fireEvent.click(byClass('admin-tabs__tab--awaiting-employer'));
  await waitFor(() => byClass('housing-applicant--APP-E'));
  expect(byClass('housing-applicant--APP-E').textContent).toContain(`待单位确认，${inDays(4)} 截止`);
  expect(callsOf(calls, 'housing.applications')[0].event.payload).toEqual({
    buildingId: 'apt-a',
    unitType: 'one-room',
    status: 'awaiting-employer',
  });
  fireEvent.click(byClass('admin-tabs__tab--offered'));
  await waitFor(() => byClass('housing-applicant--APP-O'));
  expect(byClass('housing-applicant--APP-O').textContent).toContain(`103：${inDays(3)} 至 ${inDays(368)}，${inDays(2)} 截止答复`);
  expect(byClass('housing-applicant--APP-O').textContent).toContain(`已约看房 ${inDays(1)} 10:00`);
  // The head of the waiting list is still the one an offer goes to.
  fireEvent.click(byClass('housing-unit--apt-a-101'));
  expect(byClass('housing-board__offer-what').textContent).toContain('王一');
});
