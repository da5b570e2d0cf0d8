import { consentFirst } from '../../support/consent';
import { apartmentApplication, callHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, inDays, requestId } from '../../support/stays';

// housing.staffBuildings, housing.units and housing.applications, what the operators' and admins' screens read, against the demo
// district's two buildings (local-cloud/seed/demo-housing.ts), both run by station-pudong.

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let housing: ReturnType<typeof callHousing>;

beforeAll(async () => {
  cloud = await startTestCloud();
  housing = callHousing(cloud);
  const db = dbOf(cloud);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-elsewhere');
  await addUser(db, 'operator-nowhere', ['applicant', 'operator']);
  await consentFirst(cloud, ['demo-applicant']);
});
afterAll(() => cloud.stop());

type Item = { _id: string; number: string; periods: unknown[]; active: boolean };

describe('housing.staffBuildings', () => {
  it("gives an operator their station's buildings, with the policy filled in", async () => {
    const reply = await housing('staffBuildings', {}, 'demo-operator');
    expect(reply.data.items.map((b: Item) => b._id)).toEqual(['apt-jinqiao', 'apt-zhangjiang']);
    expect(reply.data.items[0].policy).toMatchObject({ leaseMonths: expect.any(Number), autoOffer: expect.any(Boolean) });
  });

  it('gives an admin every building, inactive ones too', async () => {
    const saved = await housing(
      'saveBuilding',
      {
        id: 'apt-closed',
        name: { 'zh-CN': '停用公寓', en: 'Closed Apartments' },
        district: '浦东新区',
        address: { 'zh-CN': '测试路 9 号', en: '9 Test Road' },
        location: null,
        photos: [],
        facilities: [],
        stationId: 'station-pudong',
        viewing: { times: ['10:00'], capacity: 1 },
        active: false,
      },
      'demo-admin',
    );
    expect(saved.ok).toBe(true);
    const reply = await housing('staffBuildings', {}, 'demo-admin');
    expect(reply.data.items.map((b: Item) => [b._id, b.active])).toEqual([
      ['apt-closed', false],
      ['apt-jinqiao', true],
      ['apt-zhangjiang', true],
    ]);
    // The applicants' list has only the active ones.
    const open = await housing('buildings', {}, 'demo-applicant');
    expect(open.data.items.map((b: Item) => b._id)).not.toContain('apt-closed');
  });

  it('gives an operator of another station, or of none, nothing; refuses everyone else', async () => {
    expect((await housing('staffBuildings', {}, 'operator-elsewhere')).data).toEqual({ items: [] });
    expect((await housing('staffBuildings', {}, 'operator-nowhere')).data).toEqual({ items: [] });
    for (const who of ['demo-applicant', 'demo-employer', 'demo-unit'])
      expect((await housing('staffBuildings', {}, who)).error.code).toBe('FORBIDDEN');
  });
});

describe('housing.units', () => {
  it.each(['demo-operator', 'demo-admin'])('gives %s the units by number, each with its periods', async (who) => {
    const reply = await housing('units', { buildingId: 'apt-zhangjiang' }, who);
    const items: Item[] = reply.data.items;
    expect(items).toHaveLength(24);
    expect(items.map((u) => u.number)).toEqual([...items.map((u) => u.number)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    // The seed leases two of Zhangjiang's units.
    expect(items.filter((u) => u.periods.length > 0).length).toBeGreaterThan(0);
  });

  it('refuses an operator of another station, applicants and HR; an unknown building is NOT_FOUND', async () => {
    for (const who of ['operator-elsewhere', 'demo-applicant', 'demo-employer'])
      expect((await housing('units', { buildingId: 'apt-zhangjiang' }, who)).error.code).toBe('FORBIDDEN');
    expect((await housing('units', { buildingId: 'apt-nowhere' }, 'demo-admin')).error.code).toBe('NOT_FOUND');
    expect((await housing('units', { buildingId: 'Not An Id' }, 'demo-admin')).error.code).toBe('VALIDATION');
  });
});

describe('housing.applications', () => {
  const query = (status: string) => ({ buildingId: 'apt-zhangjiang', unitType: 'one-room', status });
  type App = { _id: string; status: string; person: { name: string }; offer: { unitId: string } | null };

  it("lists the applications awaiting the employer, and those offered, to the building's staff", async () => {
    const applied = await housing('apply', apartmentApplication(), 'demo-applicant', { requestId: requestId() });
    expect(applied.data).toMatchObject({ status: 'awaiting-employer' });
    const awaiting = await housing('applications', query('awaiting-employer'), 'demo-operator');
    expect(awaiting.data.items.map((a: App) => [a._id, a.status])).toContainEqual([applied.data._id, 'awaiting-employer']);
    // What the staff see has no identity hash (the operators' view of an application).
    expect(awaiting.data.items[0]).not.toHaveProperty('idHash');

    expect((await housing('applications', query('offered'), 'demo-admin')).data.items).toEqual([]);
    const head = (await housing('waitingList', { buildingId: 'apt-zhangjiang', unitType: 'one-room' }, 'demo-operator')).data.items[0];
    const units = (await housing('units', { buildingId: 'apt-zhangjiang' }, 'demo-operator')).data.items;
    const free = units.find((u: { type: string; periods: unknown[] }) => u.type === 'one-room' && u.periods.length === 0);
    const offered = await housing('offer', { unitId: free._id, start: inDays(7) }, 'demo-operator', { requestId: requestId() });
    expect(offered.data).toMatchObject({ _id: head._id, status: 'offered' });
    const list = await housing('applications', query('offered'), 'demo-admin');
    expect(list.data.items.map((a: App) => [a._id, a.offer?.unitId])).toEqual([[head._id, free._id]]);
  });

  it('refuses an operator of another station, applicants and HR; other statuses are not asked for', async () => {
    for (const who of ['operator-elsewhere', 'demo-applicant', 'demo-employer'])
      expect((await housing('applications', query('offered'), who)).error.code).toBe('FORBIDDEN');
    expect((await housing('applications', query('leased'), 'demo-admin')).error.code).toBe('VALIDATION');
  });
});
