import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache } from '@/i18n';
import HousingLeasesPage from '@/admin/pages/housing-leases';
import { restoreFetch } from '../fetch-mock';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fail, fakeCloud, type Handler } from './fake-cloud';
import { TODAY, building, inDays, lease, unit } from './housing-fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({});
});
afterEach(restoreFetch);

const LEASES = [
  lease('L-SOON', { end: inDays(20), unitId: 'apt-a-101', tenantName: '陈一鸣' }),
  lease('L-NOTICE', {
    end: inDays(40),
    unitId: 'apt-a-102',
    tenantName: '刘思远',
    status: 'ending',
    notice: { givenOn: TODAY, moveOut: inDays(40) },
  }),
  lease('L-RENEWED', {
    end: inDays(300),
    unitId: 'apt-a-103',
    tenantName: '周安然',
    renewals: [{ on: inDays(-10), months: 12, end: inDays(300) }],
    moveIn: { on: inDays(-400), checklist: [] },
  }),
  lease('L-ENDED', {
    end: inDays(-5),
    unitId: 'apt-a-104',
    tenantName: '赵四',
    status: 'ended',
    moveOut: { on: inDays(-5), inspection: '完好', deductions: 200 },
  }),
];

const cloud = (overrides: Record<string, Handler> = {}) =>
  fakeCloud({
    'housing.staffBuildings': () => ({ items: [building('apt-a')] }),
    'housing.units': () => ({ items: ['101', '102', '103', '104'].map((n) => unit(`apt-a-${n}`)) }),
    'housing.leases': () => ({ items: LEASES }),
    ...overrides,
  });

const shownIds = () => all('housing-lease').map((e) => e.className.match(/housing-lease--(L-[A-Z]+)/)![1]);

test('an applicant is shown no leases and nothing is asked of housing', async () => {
  actAs('demo-applicant');
  const calls = cloud();
  render(<HousingLeasesPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test('the filters: ending within 60 or 30 days, renewed, notice given, ended; each with its count', async () => {
  actAs('demo-operator');
  const calls = cloud();
  render(<HousingLeasesPage />);
  await waitFor(() => expect(shownIds()).toEqual(['L-SOON', 'L-NOTICE', 'L-RENEWED', 'L-ENDED']));
  expect(callsOf(calls, 'housing.leases')[0].event.payload).toEqual({ buildingId: 'apt-a' });
  expect(byClass('housing-leases__filter--ending-60').textContent).toBe('60 天内到期 2');
  fireEvent.click(byClass('housing-leases__filter--ending-30'));
  expect(shownIds()).toEqual(['L-SOON']);
  const soon = byClass('housing-lease--L-SOON');
  expect(soon.textContent).toContain('陈一鸣');
  expect(soon.textContent).toContain('101 · 一室户');
  expect(soon.textContent).toContain('剩 20 天');
  expect(soon.textContent).toContain('未办理入住');
  // Within the policy's renewal window (60 days) and under the cap: the tenant may renew.
  expect(soon.textContent).toContain('可申请续租');
  expect(all('housing-lease__renewable')).toHaveLength(1);
  fireEvent.click(byClass('housing-leases__filter--renewed'));
  expect(shownIds()).toEqual(['L-RENEWED']);
  expect(byClass('housing-lease--L-RENEWED').textContent).toContain('已续租 1 次');
  fireEvent.click(byClass('housing-leases__filter--notice'));
  expect(shownIds()).toEqual(['L-NOTICE']);
  expect(byClass('housing-lease--L-NOTICE').textContent).toContain(`已告知 ${inDays(40)} 退租`);
  fireEvent.click(byClass('housing-leases__filter--ended'));
  expect(shownIds()).toEqual(['L-ENDED']);
  fireEvent.click(byClass('housing-leases__filter--all'));
  fireEvent.change(byClass('housing-leases__search'), { target: { value: '103' } });
  expect(shownIds()).toEqual(['L-RENEWED']);
  fireEvent.change(byClass('housing-leases__search'), { target: { value: '刘' } });
  expect(shownIds()).toEqual(['L-NOTICE']);
  fireEvent.change(byClass('housing-leases__search'), { target: { value: '' } });
  fireEvent.click(byClass('housing-leases__filter--ended'));
  expect(byClass('housing-lease--L-ENDED').textContent).toContain(`${inDays(-5)} 已退房，扣款 200 元`);
  // An ended lease offers no move-in or move-out.
  expect(all('housing-lease__move-out')).toHaveLength(0);
});

test('move-in: the checklist as ticked is recorded; an emptied item is refused on the field first', async () => {
  actAs('demo-operator');
  setRouterParams({ building: 'apt-a', filter: 'ending-30' });
  const calls = cloud({ 'housing.recordMoveIn': (p) => ({ ...LEASES[0], moveIn: { on: TODAY, checklist: p.checklist } }) });
  render(<HousingLeasesPage />);
  await waitFor(() => expect(shownIds()).toEqual(['L-SOON']));
  fireEvent.click(byClass('housing-lease__move-in'));
  expect(all('housing-check')).toHaveLength(4);
  fireEvent.click(byClass('housing-check--1').querySelector('.housing-check__tick')!);
  fireEvent.change(byClass('housing-check--3').querySelector('input')!, { target: { value: ' ' } });
  fireEvent.click(byClass('housing-move-in__submit'));
  await waitFor(() => expect(byClass('housing-check__error').textContent).toBe('请填写此项'));
  expect(callsOf(calls, 'housing.recordMoveIn')).toHaveLength(0);
  fireEvent.change(byClass('housing-check--3').querySelector('input')!, { target: { value: '门锁完好' } });
  fireEvent.click(byClass('housing-move-in__add'));
  fireEvent.change(byClass('housing-check--4').querySelector('input')!, { target: { value: '停车卡' } });
  fireEvent.click(byClass('housing-move-in__submit'));
  await waitFor(() => expect(byClass('housing-leases__notice').textContent).toBe('已记录入住'));
  expect(callsOf(calls, 'housing.recordMoveIn')[0].event.payload).toEqual({
    leaseId: 'L-SOON',
    checklist: [
      { item: '钥匙已交付', ok: true },
      { item: '水电燃气读数已记录', ok: false },
      { item: '家具家电完好', ok: true },
      { item: '门锁完好', ok: true },
      { item: '停车卡', ok: true },
    ],
  });
  await waitFor(() => expect(callsOf(calls, 'housing.leases')).toHaveLength(2));
});

test("move-in: the tenant's numbers are shown only on request (the function audits it); a refusal is shown", async () => {
  actAs('demo-operator');
  setRouterParams({ building: 'apt-a', filter: 'ending-30' });
  let refuse = true;
  const calls = cloud({
    'housing.reveal': () =>
      refuse
        ? fail('FORBIDDEN', '无权执行此操作')
        : { id: 'L-SOON', name: '陈一鸣', idKind: 'id-card', idNumber: '310101199001011234', phone: '+8613911112222' },
  });
  render(<HousingLeasesPage />);
  await waitFor(() => expect(shownIds()).toEqual(['L-SOON']));
  fireEvent.click(byClass('housing-lease__move-in'));
  expect(byClass('housing-move-in__reveal-note').textContent).toBe('查看完整信息将记入审计日志');
  expect(byClass('housing-lease--L-SOON').textContent).not.toContain('310101199001011234');
  fireEvent.click(byClass('housing-move-in__reveal'));
  await waitFor(() => expect(byClass('housing-move-in__failure').textContent).toBe('无权执行此操作'));
  refuse = false;
  fireEvent.click(byClass('housing-move-in__reveal'));
  await waitFor(() => expect(byClass('housing-move-in__identity').textContent).toBe('陈一鸣：310101199001011234，+8613911112222'));
  expect(document.querySelector('.housing-move-in__reveal')).toBeNull();
  expect(callsOf(calls, 'housing.reveal').map((c) => c.event.payload)).toEqual([{ id: 'L-SOON' }, { id: 'L-SOON' }]);
});

test('move-out: the inspection is required, deductions a whole amount; a refusal shows the server message', async () => {
  actAs('demo-admin');
  let refuse = true;
  const calls = cloud({
    'housing.recordMoveOut': (p) =>
      refuse ? fail('CONFLICT', '该租约已变更，请刷新后重试') : { ...LEASES[0], status: 'ended', moveOut: { on: TODAY, ...p } },
  });
  render(<HousingLeasesPage />);
  await waitFor(() => expect(shownIds()).toHaveLength(4));
  fireEvent.click(byClass('housing-lease--L-SOON').querySelector('.housing-lease__move-out')!);
  fireEvent.change(byClass('housing-move-out__deductions'), { target: { value: '12.5' } });
  fireEvent.click(byClass('housing-move-out__submit'));
  await waitFor(() => byClass('housing-move-out__error--inspection'));
  expect(byClass('housing-move-out__error--inspection').textContent).toBe('请填写此项');
  expect(byClass('housing-move-out__error--deductions').textContent).not.toBe('');
  expect(callsOf(calls, 'housing.recordMoveOut')).toHaveLength(0);
  fireEvent.change(byClass('housing-move-out__inspection'), { target: { value: '墙面有划痕，其余完好' } });
  fireEvent.change(byClass('housing-move-out__deductions'), { target: { value: '300' } });
  fireEvent.click(byClass('housing-move-out__submit'));
  await waitFor(() => expect(byClass('housing-move-out__failure').textContent).toContain('该租约已变更'));
  refuse = false;
  fireEvent.click(byClass('housing-move-out__submit'));
  await waitFor(() => expect(byClass('housing-leases__notice').textContent).toBe('已记录退房，房源已空出'));
  expect(callsOf(calls, 'housing.recordMoveOut')[1].event.payload).toEqual({
    leaseId: 'L-SOON',
    inspection: '墙面有划痕，其余完好',
    deductions: 300,
  });
});

test('the CSV holds the leases shown, with a header in the UI language', async () => {
  actAs('demo-operator');
  cloud();
  const saved: string[] = [];
  const create = jest.fn((blob: Blob) => {
    const reader = new FileReader();
    reader.onload = () => saved.push(String(reader.result));
    reader.readAsText(blob);
    return 'blob:x';
  });
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
  render(<HousingLeasesPage />);
  await waitFor(() => expect(shownIds()).toHaveLength(4));
  fireEvent.click(byClass('housing-leases__filter--ending-60'));
  fireEvent.click(byClass('housing-leases__export'));
  await waitFor(() => expect(byClass('housing-leases__notice').textContent).toBe(`已导出 leases_apt-a_ending-60_${TODAY}.csv`));
  await waitFor(() => expect(saved).toHaveLength(1));
  const lines = saved[0]
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('房号,户型,承租人,起租日,到期日,累计月数,月租（元）,押金（元）,状态,续租次数,提前退租日,入住日,退房日');
  expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['陈一鸣', '刘思远']);
  expect(lines[2]).toContain(`退租中,0,${inDays(40)}`);
});
