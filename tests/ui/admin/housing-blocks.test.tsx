import { fireEvent, render, waitFor } from '@testing-library/react';
import { addMonths } from '@core/dates';
import { resetLocaleCache } from '@/i18n';
import HousingBlocksPage from '@/admin/pages/housing-blocks';
import type { BlockView } from '@/admin/services/housing-api';
import { restoreFetch } from '../fetch-mock';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { actAs, byClass, callsOf, fakeCloud, type Handler } from './fake-cloud';
import { building, inDays, leasePeriod, unit } from './housing-fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({});
});
afterEach(restoreFetch);

const START = inDays(30);
const AT = '2026-12-01T02:00:00.000Z';
const BLOCK = {
  _id: 'blk-demo-a',
  buildingId: 'apt-a',
  unitType: 'one-room',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技有限公司' },
  requestedBy: 'demo-employer',
  units: 1,
  start: START,
  months: 12,
  end: addMonths(START, 12),
  status: 'pending',
  allocations: [],
  reason: null,
  version: 0,
  submittedAt: AT,
  updatedAt: AT,
} as unknown as BlockView;
const UNITS = [
  unit('apt-a-101', { periods: [leasePeriod(inDays(-300), inDays(60))] }),
  unit('apt-a-102'),
  unit('apt-a-103'),
  unit('apt-a-201', { type: 'studio' }),
];

const queue = (overrides: Record<string, Handler> = {}) =>
  fakeCloud({
    'housing.staffBuildings': () => ({ items: [building('apt-a')] }),
    'housing.units': () => ({ items: UNITS }),
    'tenancies.blockQueue': () => ({ items: [BLOCK] }),
    ...overrides,
  });

test('the applicant is shown no queue', async () => {
  actAs('demo-applicant');
  const calls = queue();
  render(<HousingBlocksPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test('the operator allocates units free for the whole period, the first ones chosen, any changed by a tap', async () => {
  actAs('demo-operator');
  const calls = queue({ 'tenancies.allocateBlock': () => ({ ...BLOCK, status: 'allocated' }) });
  render(<HousingBlocksPage />);
  await waitFor(() => byClass('housing-blocks__item--blk-demo-a'));
  expect(byClass('housing-blocks__item--blk-demo-a').textContent).toContain('示例科技有限公司');
  expect(byClass('housing-blocks__status').textContent).toBe('待审核');
  // 101 is leased into the period and 201 is another type: 102 and 103 are free, 102 chosen first.
  await waitFor(() => expect(document.querySelectorAll('.housing-blocks__unit')).toHaveLength(2));
  expect(byClass('housing-blocks__unit--apt-a-102').className).toContain('admin-chips__chip--on');
  fireEvent.click(byClass('housing-blocks__unit--apt-a-102'));
  fireEvent.click(byClass('housing-blocks__unit--apt-a-103'));
  fireEvent.click(byClass('housing-blocks__allocate-submit'));
  await waitFor(() => expect(byClass('housing-blocks__message').textContent).toBe('已为 示例科技有限公司 分配房源'));
  expect(callsOf(calls, 'tenancies.allocateBlock').map((c) => c.event.payload)).toEqual([{ id: 'blk-demo-a', unitIds: ['apt-a-103'] }]);
});

test('rejecting needs a reason, sent to the employer', async () => {
  actAs('demo-operator');
  const calls = queue({ 'tenancies.rejectBlock': () => ({ ...BLOCK, status: 'rejected', reason: '房源不足' }) });
  render(<HousingBlocksPage />);
  await waitFor(() => byClass('housing-blocks__reject'));
  fireEvent.click(byClass('housing-blocks__reject'));
  expect(byClass('housing-blocks__reject-submit').getAttribute('disabled')).not.toBeNull();
  fireEvent.change(byClass('housing-blocks__reason-field'), { target: { value: '房源不足' } });
  fireEvent.click(byClass('housing-blocks__reject-submit'));
  await waitFor(() => expect(byClass('housing-blocks__message').textContent).toBe('已驳回 示例科技有限公司 的包租申请'));
  expect(callsOf(calls, 'tenancies.rejectBlock').map((c) => c.event.payload)).toEqual([{ id: 'blk-demo-a', reason: '房源不足' }]);
});

test('an allocated block lists its units, and apart those the scheduler gave back', async () => {
  actAs('demo-operator');
  const allocation = (unitId: string, n: number) => ({
    unitId,
    holderId: `blk-demo-a-${n}`,
    tenant: null,
    ownerId: null,
    leaseId: null,
    confirmedAt: null,
  });
  const allocated = {
    ...BLOCK,
    units: 2,
    status: 'allocated',
    allocations: [
      allocation('apt-a-102', 1),
      { ...allocation('apt-a-103', 2), lapsed: { on: inDays(0), why: 'not-named', released: true } },
    ],
  } as unknown as BlockView;
  queue({ 'tenancies.blockQueue': () => ({ items: [allocated] }) });
  render(<HousingBlocksPage />);
  await waitFor(() => byClass('housing-blocks__lapsed'));
  expect(byClass('housing-blocks__allocated').textContent).toBe('已分配房号：apt-a-102、apt-a-103');
  expect(byClass('housing-blocks__lapsed').textContent).toBe('逾期退回房号：apt-a-103');
});
