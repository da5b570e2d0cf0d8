import tcb from '@cloudbase/node-sdk';
import { calendarSet, shanghaiDateOf, type IsoDate } from '../../../core/calendar';
import calendar2026 from '../../../core/calendar/years/2026.json';
import { kpiEventsOf, periodDates, type Period } from '../../../core/kpi';
import type { ServiceRequest } from '../../../core/requests';
import { bumpCounters } from '../../../cloudfunctions/_shared/requests/counters';
import { CATEGORIES } from '../../../cloudfunctions/_shared/reference-data';
import { DEMO_UNITS } from '../../../local-cloud/seed/demo-district';
import { monthFromNow, today as todayOf } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { syntheticRequests } from '../../support/synthetic-requests';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const db = () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
const reports = async (openId: string, action: string, payload?: unknown) =>
  (await callFunction(cloud, 'reports', { action, payload }, openId)).body;
const requests = async (openId: string, action: string, payload?: unknown, requestId?: string) =>
  (await callFunction(cloud, 'requests', { action, payload, requestId }, openId)).body;

const UNITS = DEMO_UNITS.map((u) => u._id);
const FLOWS = ['rated', 'returned', 'open', 'redispatched', 'reopened'] as const;
const synthetic = syntheticRequests({
  count: 300,
  units: UNITS,
  categories: CATEGORIES.map((c) => c._id),
  from: '2026-01-20',
  days: 90,
  calendars: calendarSet([calendar2026]),
});

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

beforeAll(async () => {
  cloud = await startTestCloud();
  const database = db();
  // Synthetic requests go in directly; their counters through the very code the requests function uses.
  await inParallel(synthetic, 20, ({ _id, ...fields }) => database.collection('requests').doc(_id).set(fields));
  await inParallel(synthetic, 10, async (request) => {
    for (const [n, event] of kpiEventsOf(request).entries()) await bumpCounters(database, event, `${request._id}@${n}`);
  });
  // And a few requests taken through the real function today: resolved and rated, returned, left open, returned and
  // dispatched back to the same unit, reopened by an unsatisfied rating and resolved again.
  await consentFirst(cloud, ['demo-applicant']);
  for (const [n, flow] of FLOWS.entries()) {
    const { data } = await requests(
      'demo-applicant',
      'submit',
      { category: 'policy', title: `今天的诉求 ${n}`, body: '想了解落户的办理材料' },
      `reports-flow-${n}-xxxx`,
    );
    await requests('demo-operator', 'triage', { id: data.id, tier: 5, leadUnitId: 'unit-hrss' });
    await requests('demo-operator', 'dispatch', { id: data.id });
    if (flow === 'returned' || flow === 'redispatched') {
      await requests('demo-unit', 'return', { id: data.id, reason: '非本单位' });
      if (flow === 'returned') continue;
      await requests('demo-operator', 'triage', { id: data.id, tier: 5, leadUnitId: 'unit-hrss' });
      await requests('demo-operator', 'dispatch', { id: data.id });
    }
    await requests('demo-unit', 'accept', { id: data.id });
    if (flow === 'open') continue;
    await requests('demo-unit', 'resolve', { id: data.id, reply: '已办结' });
    if (flow === 'reopened') {
      await requests('demo-applicant', 'rate', { id: data.id, score: 2, satisfied: false }, `reports-reopen-${n}-xxxx`);
      await requests('demo-unit', 'resolve', { id: data.id, reply: '已重新办结' });
    }
    await requests('demo-applicant', 'rate', { id: data.id, score: 5, satisfied: true }, `reports-rate-${n}-xxxx`);
  }
});
afterAll(() => cloud.stop());

/** Every request, read page by page by submission month (the export's index), as the brute force's input. */
async function allRequests(): Promise<ServiceRequest[]> {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', monthFromNow(0)];
  const out: ServiceRequest[] = [];
  for (const month of new Set(months)) {
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db().collection('requests').where({ month }).skip(skip).limit(1000).get();
      out.push(...(data as ServiceRequest[]));
      if (data.length < 1000) break;
    }
  }
  return out;
}

const rate = (part: number, whole: number) => (whole <= 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** The KPIs straight from the raw timelines, written independently of the counters. */
function bruteForce(all: ServiceRequest[], from: IsoDate, to: IsoDate) {
  const units = new Map<
    string,
    {
      received: number;
      accepted: number;
      returned: number;
      resolved: number;
      onTime: number;
      overdue: number;
      rated: number;
      satisfied: number;
      reopened: number;
      days: number[];
    }
  >();
  const byCategory: Record<string, number> = {};
  const unit = (id: string) => {
    if (!units.has(id))
      units.set(id, {
        received: 0,
        accepted: 0,
        returned: 0,
        resolved: 0,
        onTime: 0,
        overdue: 0,
        rated: 0,
        satisfied: 0,
        reopened: 0,
        days: [],
      });
    return units.get(id)!;
  };
  for (const request of all) {
    for (const entry of request.timeline) {
      const date = shanghaiDateOf(new Date(entry.at));
      if (date < from || date > to) continue;
      const data = (entry.data ?? {}) as Record<string, any>;
      if (entry.type === 'dispatch') {
        unit(data.unitId).received += 1;
        byCategory[request.category] = (byCategory[request.category] ?? 0) + 1;
      } else if (entry.type === 'accept') unit(entry.by.unitId!).accepted += 1;
      else if (entry.type === 'return') unit(entry.by.unitId!).returned += 1;
      else if (entry.type === 'markOverdue') unit(data.unitId).overdue += 1;
      else if (entry.type === 'resolve') {
        const u = unit(data.unitId);
        u.resolved += 1;
        if (data.onTime) u.onTime += 1;
        u.days.push(data.workingDays);
      } else if (entry.type === 'rate' || entry.type === 'reopen') {
        const u = unit(data.unitId);
        u.rated += 1;
        if (data.satisfied) u.satisfied += 1;
        if (entry.type === 'reopen') u.reopened += 1;
      }
    }
  }
  const rows = Object.fromEntries(
    UNITS.map((id) => {
      const u = unit(id);
      const sorted = [...u.days].sort((a, b) => a - b);
      return [
        id,
        {
          received: u.received,
          accepted: u.accepted,
          resolved: u.resolved,
          // Out of what it was given to resolve: received, less what it returned, plus what was reopened to it.
          resolutionRate: rate(u.resolved, u.received - u.returned + u.reopened),
          onTimeRate: rate(u.onTime, u.resolved),
          medianWorkingDaysToResolve: sorted.length ? sorted[Math.ceil(sorted.length / 2) - 1] : null,
          returned: u.returned,
          overdue: u.overdue,
          rated: u.rated,
          satisfactionRate: rate(u.satisfied, u.rated),
        },
      ];
    }),
  );
  return { rows, byCategory };
}

const today = todayOf();
const PERIODS: Array<[string, Period]> = [
  ['Q1 2026', { kind: 'quarter', year: 2026, quarter: 1 }],
  ['February 2026 (Spring Festival)', { kind: 'month', month: '2026-02' }],
  ['a custom range with partial months at both ends', { kind: 'custom', from: '2026-03-15', to: '2026-04-10' }],
  ['the whole year, synthetic and real requests', { kind: 'year', year: Number(today.slice(0, 4)) }],
  ['today only (the real flows)', { kind: 'custom', from: today, to: today }],
];

describe('reports.kpi equals a brute-force computation from the raw requests', () => {
  let all: ServiceRequest[];
  beforeAll(async () => {
    all = await allRequests();
    expect(all.length).toBe(synthetic.length + FLOWS.length);
  });

  it.each(PERIODS)('%s', async (_title, period) => {
    const reply = await reports('demo-admin', 'kpi', { period });
    expect(reply).toMatchObject({ ok: true });
    const { from, to } = periodDates(period);
    const expected = bruteForce(all, from, to);
    const got = Object.fromEntries(reply.data.units.map((u: any) => [u.unitId, u.kpi]));
    expect(got).toEqual(expected.rows);
    const categories = Object.fromEntries(
      reply.data.byCategory.filter((c: any) => c.received > 0).map((c: any) => [c.category, c.received]),
    );
    expect(categories).toEqual(expected.byCategory);
    expect(reply.data.units.map((u: any) => u.rank)).toEqual([...reply.data.units.map((u: any) => u.rank)].sort((a, b) => a - b));
  });

  it('the data set has something in every figure for Q1', async () => {
    const { data } = await reports('demo-admin', 'kpi', { period: PERIODS[0][1] });
    expect(data.district).toMatchObject({ received: expect.any(Number), returned: expect.any(Number) });
    for (const field of ['received', 'accepted', 'resolved', 'returned', 'overdue', 'rated'])
      expect(data.district[field]).toBeGreaterThan(0);
    expect(data.district.satisfactionRate).toBeGreaterThan(0);
    expect(data.district.satisfactionRate).toBeLessThan(1);
  });
});

describe('reports: roles and exports', () => {
  it.each(['demo-applicant', 'demo-operator', 'demo-unit'])('%s may not read or export reports', async (openId) => {
    for (const [action, payload] of [
      ['kpi', { period: PERIODS[0][1] }],
      ['exportKpiCsv', { period: PERIODS[0][1] }],
      ['exportRequestsCsv', { month: '2026-02' }],
    ] as const) {
      expect((await reports(openId, action, payload)).error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a malformed period', async () => {
    expect((await reports('demo-admin', 'kpi', { period: { kind: 'quarter', year: 2026, quarter: 5 } })).error.code).toBe('VALIDATION');
  });

  it('exports the KPI table as UTF-8 CSV with a BOM and Chinese headers', async () => {
    const { data } = await reports('demo-admin', 'exportKpiCsv', { period: PERIODS[0][1] });
    expect(data.filename).toBe('kpi_2026-01-01_2026-03-31.csv');
    expect(data.content.startsWith('\uFEFF排名,单位,受理')).toBe(true);
    const lines = data.content.trim().split('\r\n');
    expect(lines).toHaveLength(1 + UNITS.length);
    expect(Buffer.from(data.content, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("exports a month's requests, one row each", async () => {
    const { data } = await reports('demo-admin', 'exportRequestsCsv', { month: '2026-02' });
    // The three requests filed through the function in beforeAll belong to this month, which may be February.
    const expected = synthetic.filter((r) => r.month === '2026-02').length + (monthFromNow(0) === '2026-02' ? FLOWS.length : 0);
    expect(data.content.startsWith('\uFEFFid,category,title')).toBe(true);
    expect(data.content.trim().split('\r\n')).toHaveLength(1 + expected);
    expect(data.hasMore).toBe(false);
  });
});

describe('reports.kpi: a district of more units than an aggregation answers by default', () => {
  // CloudBase answers an aggregation without a limit with 20 records (the local cloud does the same): a KPI table
  // of 25 units must still have every one's figures.
  const extra = Array.from({ length: 25 }, (_, n) => `unit-extra-${String(n).padStart(2, '0')}`);
  const month = '2019-06';

  beforeAll(async () => {
    const database = db();
    await inParallel(extra, 10, (id) =>
      database
        .collection('units')
        .doc(id)
        .set({ name: { 'zh-CN': id, en: id }, active: true }),
    );
    await inParallel(extra, 10, (unitId) =>
      bumpCounters(database, { kind: 'received', unitId, category: 'policy', at: new Date('2019-06-10T02:00:00Z') }, `extra-${unitId}`),
    );
  });

  it('counts every unit', async () => {
    const reply = await reports('demo-admin', 'kpi', { period: { kind: 'month', month } });
    expect(reply).toMatchObject({ ok: true });
    const received = Object.fromEntries(reply.data.units.map((u: any) => [u.unitId, u.kpi.received]));
    for (const id of extra) expect(received[id]).toBe(1);
    expect(reply.data.district.received).toBe(extra.length);
  });
});
