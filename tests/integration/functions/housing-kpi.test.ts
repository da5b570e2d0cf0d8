import { startTestCloud, callFunction } from '../../support/local-cloud';
import { dbOf, type Db } from '../../support/stays';
import { storedApplication, storedBuilding, storedUnit } from '../../support/housing';
import type { ApartmentStatus } from '../../../core/housing/model';
import type { UnitPeriod } from '../../../core/housing/unit-periods';

/** The KPI reply's housing figures (issue 14): occupancy of the period's unit-days, days from application to offer. */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
});
afterAll(() => cloud.stop());

const now = new Date('2026-09-01T00:00:00Z');
const application = (id: string, submittedAt: string, offeredOn: string, status: ApartmentStatus = 'leased') =>
  storedApplication({
    id,
    buildingId: 'apt-kpi',
    ownerId: `owner-${id}`,
    status,
    queuedAt: new Date(submittedAt),
    employerDueOn: '2026-09-01',
    offer: { unitId: 'apt-kpi-1', start: offeredOn, end: '2027-10-01', offeredOn, expiresOn: offeredOn },
  });

it('answers each active building’s occupancy and waiting times for the period', async () => {
  await db
    .collection('apartment_buildings')
    .add(storedBuilding({ id: 'apt-kpi', name: { 'zh-CN': '统计公寓', en: 'KPI Apartments' }, leaseMonths: 12, now }));
  const unit = (id: string, periods: UnitPeriod[]) => storedUnit({ id, buildingId: 'apt-kpi', periods, now });
  // October 2026: unit 1 leased all month, unit 2 only offered (an offer is not occupancy): 31 of 62 unit-days.
  await db
    .collection('apartment_units')
    .add(unit('apt-kpi-1', [{ start: '2026-09-15', end: '2027-01-01', holderId: 'k1', kind: 'lease', expiresOn: null }]));
  await db
    .collection('apartment_units')
    .add(unit('apt-kpi-2', [{ start: '2026-10-05', end: '2027-10-05', holderId: 'k2', kind: 'offer', expiresOn: '2026-10-08' }]));
  // Offers made in October after 10 and 30 days; one made in September is not counted.
  await db.collection('apartment_applications').add(application('k1', '2026-09-21T04:00:00Z', '2026-10-01'));
  await db.collection('apartment_applications').add(application('k2', '2026-09-11T04:00:00Z', '2026-10-11', 'offered'));
  await db.collection('apartment_applications').add(application('k3', '2026-08-01T04:00:00Z', '2026-09-30'));

  const reply = await callFunction(
    cloud,
    'reports',
    { action: 'kpi', payload: { period: { kind: 'month', month: '2026-10' } } },
    'demo-admin',
  );
  const housing = reply.body.data.housing;
  expect(housing.find((b: { buildingId: string }) => b.buildingId === 'apt-kpi')).toEqual({
    buildingId: 'apt-kpi',
    name: { 'zh-CN': '统计公寓', en: 'KPI Apartments' },
    units: 2,
    occupancyRate: 0.5,
    offers: 2,
    waitMedianDays: 20,
    waitP90Days: 30,
  });
  // The demo buildings are there too, in order.
  expect(housing.map((b: { buildingId: string }) => b.buildingId)).toEqual(['apt-jinqiao', 'apt-kpi', 'apt-zhangjiang']);
});
