import { fireEvent, render, waitFor } from '@testing-library/react';
import { addDays } from '@core/calendar/dates';
import { resetLocaleCache } from '@/i18n';
import EmployerQueuePage from '@/housing/pages/employer';
import type { Block } from '@/housing/services/housing';
import { today } from '../support/clock';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { BUILDING, ME } from './housing-fixtures';
import { resetTaroStub } from './stubs/taro';

const HR = { ...ME, openId: 'demo-employer', roles: ['applicant', 'employer'] };
const CODE = '91310115MA1K3YJ2X8';
const START = addDays(today(), 30);
const AT = '2026-12-01T02:00:00.000Z';

const block = (extra: Partial<Block>): Block =>
  ({
    _id: 'blk-pending',
    buildingId: BUILDING._id,
    unitType: 'one-room',
    employer: { creditCode: CODE, name: '示例科技有限公司' },
    requestedBy: 'demo-employer',
    units: 2,
    start: START,
    months: 12,
    end: addDays(START, 365),
    status: 'pending',
    allocations: [],
    reason: null,
    version: 0,
    submittedAt: AT,
    updatedAt: AT,
    ...extra,
  }) as unknown as Block;

const ALLOCATED = block({
  _id: 'blk-allocated',
  units: 1,
  status: 'allocated',
  allocations: [
    { unitId: 'apt-zhangjiang-301', holderId: 'blk-allocated-1', tenant: null, ownerId: null, leaseId: null, confirmedAt: null },
  ] as Block['allocations'],
});

function fakeCloud(onCall: (call: RecordedCall) => unknown) {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    const answered = onCall(call);
    if (answered) return answered;
    if (name === 'account.me') return { ok: true, data: HR };
    if (name === 'housing.employerQueue') return { ok: true, data: { items: [] } };
    if (name === 'housing.buildings') return { ok: true, data: { items: [BUILDING] } };
    if (name === 'tenancies.employerBlocks') return { ok: true, data: { items: [block({}), ALLOCATED] } };
    throw new Error(`unexpected ${name}`);
  });
}

const field = (name: string) => document.querySelector(`.housing-blocks .form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const type = (name: string, value: string) => fireEvent.change(field(name).querySelector('input, textarea')!, { target: { value } });
const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);
const payloads = (calls: RecordedCall[], action: string) => calls.filter((c) => c.event.action === action).map((c) => c.event.payload);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('the blocks are listed with their state; a pending one can be withdrawn', async () => {
  const calls = fakeCloud((call) =>
    call.event.action === 'withdrawBlock' ? { ok: true, data: block({ status: 'withdrawn' }) } : undefined,
  );
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelectorAll('.housing-blocks__item')).toHaveLength(2));
  expect(text('.housing-blocks__item--blk-pending .housing__title')).toBe('张江人才公寓 · 一室户 · 2 套');
  expect(text('.housing-blocks__item--blk-pending .housing-blocks__status')).toBe('待公寓审核');
  expect(text('.housing-blocks__item--blk-allocated .housing-blocks__status')).toBe('已分配');
  expect(document.querySelector('.housing-blocks__item--blk-allocated .housing-blocks__withdraw')).toBeNull();
  click('.housing-blocks__item--blk-pending .housing-blocks__withdraw');
  await waitFor(() => expect(text('.housing-blocks__notice')).toBe('包租申请已撤回'));
  expect(payloads(calls, 'withdrawBlock')).toEqual([{ id: 'blk-pending' }]);
});

test("asking for a block is checked with the action's schema, then sent", async () => {
  const calls = fakeCloud((call) => (call.event.action === 'applyBlock' ? { ok: true, data: block({ _id: 'blk-new' }) } : undefined));
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelector('.housing-blocks__ask')).toBeTruthy());
  click('.housing-blocks__ask');
  type('creditCode', CODE);
  type('start', 'tomorrow');
  click('.housing-blocks__submit');
  await waitFor(() => expect(errorOf('start')).toBeTruthy());
  expect(payloads(calls, 'applyBlock')).toEqual([]);

  click(`.form__choice--buildingId .form__chip--${BUILDING._id}`);
  click('.form__choice--unitType .form__chip--one-room');
  type('units', '2');
  type('start', START);
  click('.housing-blocks__submit');
  await waitFor(() => expect(text('.housing-blocks__notice')).toBe('包租申请已提交，等待公寓审核'));
  expect(payloads(calls, 'applyBlock')).toEqual([
    { creditCode: CODE, buildingId: BUILDING._id, unitType: 'one-room', units: 2, start: START, months: 12 },
  ]);
});

test('naming the tenant of an allocated unit shows the code to pass on', async () => {
  const named = {
    ...ALLOCATED,
    allocations: [
      {
        ...ALLOCATED.allocations[0],
        tenant: {
          person: { name: '王芳', phoneMasked: '139****0000', idKind: 'id-card', idMasked: '3101**********0020' },
          namedAt: AT,
          code: 'ABCDEFGH23',
        },
      },
    ],
  };
  const calls = fakeCloud((call) => (call.event.action === 'nameTenant' ? { ok: true, data: named } : undefined));
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelector('.housing-blocks__unit--apt-zhangjiang-301 .housing-blocks__name')).toBeTruthy());
  click('.housing-blocks__unit--apt-zhangjiang-301 .housing-blocks__name');
  type('name', '王芳');
  type('phone', '13900000000');
  type('idNumber', '310101199001010020');
  click('.housing-blocks__name-submit');
  await waitFor(() => expect(text('.housing-blocks__notice')).toContain('确认码 ABCDEFGH23'));
  expect(payloads(calls, 'nameTenant')).toEqual([
    {
      id: 'blk-allocated',
      unitId: 'apt-zhangjiang-301',
      tenant: { name: '王芳', phone: '13900000000', identityDocument: { kind: 'id-card', number: '310101199001010020' } },
    },
  ]);
});

test('a unit given back by the scheduler says when and why, and can no longer be named', async () => {
  const lapsed = block({
    _id: 'blk-lapsed',
    units: 2,
    status: 'allocated',
    allocations: [
      { ...ALLOCATED.allocations[0], holderId: 'blk-lapsed-1', lapsed: { on: today(), why: 'not-named', released: true } },
      { ...ALLOCATED.allocations[0], unitId: 'apt-zhangjiang-302', holderId: 'blk-lapsed-2' },
    ] as Block['allocations'],
  });
  fakeCloud((call) => (call.event.action === 'employerBlocks' ? { ok: true, data: { items: [lapsed] } } : undefined));
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelector('.housing-blocks__unit--apt-zhangjiang-302 .housing-blocks__name')).toBeTruthy());
  expect(text('.housing-blocks__unit--apt-zhangjiang-301 .housing-blocks__lapsed')).toBe(`${today()} 已退回：未按期指定入住人`);
  expect(document.querySelector('.housing-blocks__unit--apt-zhangjiang-301 .housing-blocks__name')).toBeNull();
  expect(document.querySelector('.housing-blocks__unit--apt-zhangjiang-302 .housing-blocks__lapsed')).toBeNull();
});
