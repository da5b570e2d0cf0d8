import { now } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { inOneInstance, startGateway, type Gateway } from '../../support/gateway';
import { seedHousing, storedApplication } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, inDays } from '../../support/stays';

/**
 * `housing.mine` names the building of each application and lease (the bookings tab shows "张江人才公寓 · 一室户"),
 * and reads the buildings it names in one query beside the waiting lists, not one read per record.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let gateway: Gateway;

const OWNER = 'mine-owner';
const NAMES = {
  'apt-mine-a': { 'zh-CN': '甲人才公寓', en: 'Building A Apartments' },
  'apt-mine-b': { 'zh-CN': '乙人才公寓', en: 'Building B Apartments' },
};

beforeAll(async () => {
  cloud = await startTestCloud();
  gateway = await startGateway(cloud.url);
  const db = dbOf(cloud);
  // Another household waits in A before the owner; the owner waits in A and in B, and withdrew an older one in A.
  await seedHousing(db, {
    now: now(),
    employerDueOn: inDays(-10),
    leaseMonths: 12,
    buildings: Object.entries(NAMES).map(([id, name]) => ({ id, name })),
    units: [],
    waiting: [
      { id: 'apt-mine-other', buildingId: 'apt-mine-a', ownerId: 'mine-other' },
      { id: 'apt-mine-1', buildingId: 'apt-mine-a', ownerId: OWNER },
      { id: 'apt-mine-2', buildingId: 'apt-mine-b', ownerId: OWNER },
    ],
  });
  const withdrawn = { id: 'apt-mine-0', buildingId: 'apt-mine-a', ownerId: OWNER, employerDueOn: inDays(-30) };
  await db.collection('apartment_applications').add({ ...storedApplication({ ...withdrawn, status: 'withdrawn', queuedAt: now() }) });
  await consentFirst(cloud, [OWNER]);
});

afterAll(async () => {
  await gateway?.close();
  await cloud?.stop();
});

it("names each application's building, reading the buildings once for all of them", async () => {
  let buildingReads = 0;
  gateway.setRule((request) => {
    if (request.url.startsWith('/admin') && JSON.parse(request.body.toString('utf8') || '{}').collectionName === 'apartment_buildings')
      buildingReads += 1;
    return 'pass';
  });
  const { replies } = await inOneInstance(
    cloud.url,
    'housing',
    [{ openId: OWNER, event: { action: 'mine', payload: {}, locale: 'zh-CN' } }],
    {
      adminUrl: `${gateway.url}/admin`,
    },
  );
  const reply = replies[0] as unknown as {
    ok: boolean;
    data: { applications: Array<{ _id: string; buildingName: unknown; waitingPosition: { position: number; total: number } | null }> };
  };
  expect(reply.ok).toBe(true);
  const byId = Object.fromEntries(reply.data.applications.map((app) => [app._id, app]));
  expect(byId['apt-mine-0']).toMatchObject({ buildingName: NAMES['apt-mine-a'], waitingPosition: null });
  expect(byId['apt-mine-1']).toMatchObject({ buildingName: NAMES['apt-mine-a'], waitingPosition: { position: 2, total: 2 } });
  expect(byId['apt-mine-2']).toMatchObject({ buildingName: NAMES['apt-mine-b'], waitingPosition: { position: 1, total: 1 } });
  expect(buildingReads).toBe(1);
});
