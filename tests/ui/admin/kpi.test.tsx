import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache } from '@/i18n';
import KpiPage, { Dashboard } from '@/admin/pages/kpi';
import type { KpiRow } from '@/admin/services/admin-api';
import { defaultValue, lastMonthOf, monthsEndingWith, periodOf } from '@/admin/pages/kpi/period';
import { monthFromNow } from '../../support/clock';
import { restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fail, fakeCloud } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const row = (received: number, resolved = 0): KpiRow => ({
  received,
  accepted: received,
  resolved,
  resolutionRate: received ? resolved / received : null,
  onTimeRate: resolved ? 1 : null,
  medianWorkingDaysToResolve: resolved ? 3 : null,
  returned: 0,
  overdue: 0,
  rated: 0,
  satisfactionRate: null,
});
const UNITS = Array.from({ length: 36 }, (_, n) => ({
  unitId: `unit-${n}`,
  name: { 'zh-CN': `单位${n}`, en: `Unit ${n}` },
  rank: n + 1,
  kpi: row(36 - n, Math.floor((36 - n) / 2)),
}));
const table = (period: any, units = UNITS) => ({
  period: period.kind === 'month' ? { from: `${period.month}-01`, to: `${period.month}-30` } : { from: '2026-10-01', to: '2026-12-31' },
  units,
  district: row(
    units.reduce((n, u) => n + u.kpi.received, 0),
    units.reduce((n, u) => n + u.kpi.resolved, 0),
  ),
  byCategory: [{ category: 'housing', name: { 'zh-CN': '人才安居', en: 'Housing' }, received: 3 }],
  housing: [
    {
      buildingId: 'apt-zhangjiang',
      name: { 'zh-CN': '张江人才公寓', en: 'Zhangjiang' },
      units: 24,
      occupancyRate: 0.625,
      offers: 3,
      waitMedianDays: 41,
      waitP90Days: 77,
    },
    {
      buildingId: 'apt-jinqiao',
      name: { 'zh-CN': '金桥人才公寓', en: 'Jinqiao' },
      units: 16,
      occupancyRate: 0,
      offers: 0,
      waitMedianDays: null,
      waitP90Days: null,
    },
  ],
});
const now = () => new Date('2026-11-25T02:00:00Z');

/** jsdom's Blob has no text(); the bytes, decoded keeping the BOM (Excel needs it). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString('utf8'));
    reader.readAsArrayBuffer(blob);
  });

test('period inputs and trend months', () => {
  expect(periodOf('month', '2026-11')).toEqual({ kind: 'month', month: '2026-11' });
  expect(periodOf('month', '2026-13')).toBeNull();
  expect(periodOf('quarter', '2026-Q4')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
  expect(periodOf('year', '26')).toBeNull();
  expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  expect(monthsEndingWith('2026-12', 6)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  expect(monthsEndingWith('2027-01', 2)).toEqual(['2026-12', '2027-01']);
  const later = new Date('2029-01-01T00:00:00Z');
  expect(lastMonthOf({ kind: 'quarter', year: 2026, quarter: 4 }, later)).toBe('2026-12');
  expect(lastMonthOf({ kind: 'quarter', year: 2028, quarter: 1 }, later)).toBe('2028-03');
});

test.each([
  ['a past year: its December', { kind: 'year', year: 2025 }, '2026-03-10T04:00:00Z', '2025-12'],
  ['the current year in March: this month, not December to come', { kind: 'year', year: 2026 }, '2026-03-10T04:00:00Z', '2026-03'],
  ['the current quarter in its middle month', { kind: 'quarter', year: 2026, quarter: 4 }, '2026-11-25T02:00:00Z', '2026-11'],
  ['this month', { kind: 'month', month: '2026-11' }, '2026-11-25T02:00:00Z', '2026-11'],
  ['1 December in Shanghai while UTC is still in November', { kind: 'year', year: 2026 }, '2026-11-30T16:30:00Z', '2026-12'],
  ['the last half hour of November in Shanghai', { kind: 'year', year: 2026 }, '2026-11-30T15:30:00Z', '2026-11'],
  ['a year wholly to come: its first month', { kind: 'year', year: 2027 }, '2026-11-25T02:00:00Z', '2027-01'],
] as const)('the trend ends and the export is of the last month not to come: %s', (_title, period, instant, month) => {
  expect(lastMonthOf(period, new Date(instant))).toBe(month);
});

test.each([
  ['the last half hour of the year in Shanghai', '2026-12-31T15:30:00Z', '2026-12', '2026-Q4', '2026'],
  ['New Year in Shanghai while UTC is still in December', '2026-12-31T16:30:00Z', '2027-01', '2027-Q1', '2027'],
  ['a leap day', '2028-02-29T04:00:00Z', '2028-02', '2028-Q1', '2028'],
  ['the last day of a quarter', '2026-09-30T04:00:00Z', '2026-09', '2026-Q3', '2026'],
])('the period field starts at the current Shanghai period: %s', (_title, instant, month, quarter, year) => {
  const at = new Date(instant);
  expect([defaultValue('month', at), defaultValue('quarter', at), defaultValue('year', at)]).toEqual([month, quarter, year]);
});

test.each(['demo-operator', 'demo-unit'])('%s cannot see the KPI dashboard', async (openId) => {
  actAs(openId);
  const calls = fakeCloud({});
  render(<KpiPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test('an admin sees loading, then 36 units in bars and the ranking, and a six-month trend', async () => {
  actAs('demo-admin');
  const calls = fakeCloud({ 'reports.kpi': (p) => table(p.period) });
  render(<KpiPage />);
  expect(byClass('admin-state--loading')).toBeTruthy();
  await waitFor(() => expect(all('kpi__rank-row')).toHaveLength(36));
  expect(all('kpi__bar')).toHaveLength(36);
  expect(byClass('kpi__rank-row--unit-0').textContent).toContain('单位0');
  expect(byClass('kpi__rank-row--unit-0').textContent).toContain('50%');
  expect((byClass('kpi__bar--unit-0').querySelector('.admin-bars__fill') as HTMLElement).style.width).toBe('50%');
  expect((byClass('kpi__bar--unit-35').querySelector('.admin-bars__fill') as HTMLElement).style.width).toBe(`${(1 / 36) * 50}%`);
  await waitFor(() => expect(all('kpi__trend-col')).toHaveLength(6));
  const periods = callsOf(calls, 'reports.kpi').map((c) => (c.event.payload as any).period);
  // The page's own clock: this month, asked once for the table and once as the trend's last column.
  const trend = [-5, -4, -3, -2, -1, 0].map((n) => ({ kind: 'month', month: monthFromNow(n) }));
  expect(periods).toEqual([trend[5], ...trend]);
});

test('the talent apartments: occupancy and waiting time per building', async () => {
  actAs('demo-admin');
  fakeCloud({ 'reports.kpi': (p) => table(p.period) });
  render(<Dashboard now={now} />);
  await waitFor(() => expect(all('kpi__housing-row')).toHaveLength(2));
  const cells = (id: string) => Array.from(byClass(`kpi__housing-row--${id}`).querySelectorAll('.admin-table__cell'), (c) => c.textContent);
  expect(cells('apt-zhangjiang')).toEqual(['张江人才公寓', '24', '62.5%', '3', '41', '77']);
  expect(cells('apt-jinqiao')).toEqual(['金桥人才公寓', '16', '0%', '0', '—', '—']);
});

test('a quarter is asked as a quarter; an invalid period asks nothing', async () => {
  actAs('demo-admin');
  const calls = fakeCloud({ 'reports.kpi': (p) => table(p.period) });
  render(<Dashboard now={now} />);
  await waitFor(() => byClass('kpi__summary'));
  fireEvent.click(byClass('admin-tabs__tab--quarter'));
  await waitFor(() => expect(callsOf(calls, 'reports.kpi').some((c) => (c.event.payload as any).period.kind === 'quarter')).toBe(true));
  expect(callsOf(calls, 'reports.kpi').find((c) => (c.event.payload as any).period.kind === 'quarter')!.event.payload).toEqual({
    period: { kind: 'quarter', year: 2026, quarter: 4 },
  });
  const before = callsOf(calls, 'reports.kpi').length;
  fireEvent.change(byClass('kpi__period'), { target: { value: '2026-Q9' } });
  await waitFor(() => expect(byClass('admin-state--error').textContent).toContain('请填写正确的统计期间'));
  expect(callsOf(calls, 'reports.kpi')).toHaveLength(before);
});

test('the current year: the six-month trend ends this month and the export is of this month', async () => {
  actAs('demo-admin');
  const calls = fakeCloud({ 'reports.kpi': (p) => table(p.period) });
  render(<Dashboard now={now} />);
  await waitFor(() => byClass('kpi__summary'));
  fireEvent.click(byClass('admin-tabs__tab--year'));
  await waitFor(() => expect(byClass('kpi__export-requests').textContent).toBe('导出 2026-11 诉求 CSV'));
  await waitFor(() => expect(all('kpi__trend-col')).toHaveLength(6));
  expect(all('kpi__trend-col').map((c) => c.className.match(/kpi__trend-col--(\S+)/)![1])).toEqual([
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
  ]);
  expect(callsOf(calls, 'reports.kpi').some((c) => (c.event.payload as any).period.month === '2026-12')).toBe(false);
});

test('a month that received nothing new but resolved earlier requests shows its figures, not "no data"', async () => {
  actAs('demo-admin');
  const backlog = [{ ...UNITS[0], kpi: { ...row(0), resolved: 2, onTimeRate: 0.5, medianWorkingDaysToResolve: 4 } }];
  fakeCloud({ 'reports.kpi': (p) => table(p.period, backlog) });
  render(<Dashboard now={now} />);
  await waitFor(() => expect(all('kpi__rank-row')).toHaveLength(1));
  expect(byClass('kpi__summary').textContent).toContain('办结 2 件');
  expect(document.querySelector('.admin-state--empty')).toBeNull();
});

test('no data: says so; a failure shows the message', async () => {
  actAs('demo-admin');
  let failing = false;
  fakeCloud({ 'reports.kpi': (p) => (failing ? fail('INTERNAL', '统计失败') : table(p.period, [])) });
  const { unmount } = render(<Dashboard now={now} />);
  await waitFor(() => expect(byClass('admin-state--empty').textContent).toBe('该期间暂无数据'));
  unmount();
  failing = true;
  render(<Dashboard now={now} />);
  await waitFor(() => expect(all('admin-state--error')[0].textContent).toContain('统计失败'));
});

test('CSV exports: the KPI table and every page of a month of requests, downloaded in H5', async () => {
  actAs('demo-admin');
  const downloads: Array<{ name: string; blob: Blob }> = [];
  const created: Blob[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    created.push(blob);
    return `blob:${created.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: created[Number(this.href.split(':').pop()) - 1] });
  });
  const calls = fakeCloud({
    'reports.kpi': (p) => table(p.period),
    'reports.exportKpiCsv': () => ({
      filename: 'kpi_2026-11-01_2026-11-30.csv',
      mimeType: 'text/csv; charset=utf-8',
      content: '\uFEFF排名,单位\r\n1,单位0\r\n',
    }),
    'reports.exportRequestsCsv': (p) => ({
      filename: `requests_2026-11_${p.page + 1}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      content: p.page === 0 ? '\uFEFFid\r\nR-1\r\n' : 'R-2\r\n',
      hasMore: p.page === 0,
    }),
  });
  render(<Dashboard now={now} />);
  await waitFor(() => byClass('kpi__summary'));
  fireEvent.click(byClass('kpi__export-kpi'));
  await waitFor(() => expect(byClass('kpi__message').textContent).toBe('已下载 kpi_2026-11-01_2026-11-30.csv'));
  expect(await textOf(downloads[0].blob)).toBe('\uFEFF排名,单位\r\n1,单位0\r\n');
  fireEvent.click(byClass('kpi__export-requests'));
  await waitFor(() => expect(byClass('kpi__message').textContent).toBe('已下载 requests_2026-11.csv'));
  expect(callsOf(calls, 'reports.exportRequestsCsv').map((c) => c.event.payload)).toEqual([
    { month: '2026-11', page: 0 },
    { month: '2026-11', page: 1 },
  ]);
  expect(await textOf(downloads[1].blob)).toBe('\uFEFFid\r\nR-1\r\nR-2\r\n');
  click.mockRestore();
});

test('in WeChat an export is written to a file and shared to a chat', async () => {
  actAs('demo-admin');
  process.env.TARO_ENV = 'weapp';
  const writeFileSync = jest.fn();
  (Taro as any).env = { USER_DATA_PATH: 'wxfile://usr' };
  (Taro as any).getFileSystemManager = () => ({ writeFileSync });
  (Taro as any).shareFileMessage = jest.fn(() => Promise.resolve());
  (Taro.cloud.callFunction as jest.Mock).mockImplementation(({ data }: any) =>
    Promise.resolve({
      result:
        data.action === 'me'
          ? {
              ok: true,
              data: { openId: 'x', roles: ['admin'], locale: 'zh-CN', displayName: null, consent: {}, stationId: null, unitId: null },
            }
          : data.action === 'kpi'
            ? { ok: true, data: table(data.payload.period) }
            : { ok: true, data: { filename: 'kpi.csv', mimeType: 'text/csv', content: 'a,b\r\n' } },
    }),
  );
  render(<KpiPage />);
  fireEvent.click(await waitFor(() => byClass('kpi__export-kpi')));
  await waitFor(() => expect(byClass('kpi__message').textContent).toBe('kpi.csv 已生成，请选择聊天发送'));
  expect(writeFileSync).toHaveBeenCalledWith('wxfile://usr/kpi.csv', 'a,b\r\n', 'utf8');
  expect((Taro as any).shareFileMessage).toHaveBeenCalledWith({ filePath: 'wxfile://usr/kpi.csv', fileName: 'kpi.csv' });
});
