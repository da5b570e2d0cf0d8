import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, callStays, dbOf, inDays, requestId, seatApplication, talentApplication, type Db } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;

const list = (payload: unknown, openId: string | null = 'demo-applicant') =>
  callFunction(cloud, 'stations', { action: 'list', payload }, openId).then((r) => r.body);
const ids = (reply: { data: { items: Array<{ id: string }> } }) => reply.data.items.map((s) => s.id);

const GUCUN = 'station-baoshan-gucun';
const WUSONG = 'station-baoshan-wusong';

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await addUser(db, 'operator-wusong', ['applicant', 'operator'], WUSONG);
  await addUser(db, 'operator-gucun', ['applicant', 'operator'], GUCUN);
});
afterAll(() => cloud.stop());

/** A stay at `stationId` by a new applicant (privacy consent first, as the app does). */
async function stayAt(stationId: string, openId: string, checkIn: string, nights: number) {
  await consentFirst(cloud, [openId]);
  const reply = await stays('apply', talentApplication({ stationId, checkIn, nights }), openId, { requestId: requestId() });
  expect(reply).toMatchObject({ ok: true, data: { status: 'pending', stationId } });
  return reply.data._id as string;
}

describe('stations.list: the seeded network', () => {
  it('lists at least six active stations, the home station first, with district, kind and services', async () => {
    const reply = await list(undefined);
    expect(reply.ok).toBe(true);
    expect(reply.data.items.length).toBeGreaterThanOrEqual(6);
    expect(reply.data.items[0]).toMatchObject({ id: 'station-pudong', district: 'pudong', kind: 'talent-station', free: null });
    expect(new Set(reply.data.items.map((s: { kind: string }) => s.kind))).toEqual(
      new Set(['talent-station', 'youth-station', 'incubator', 'apartment']),
    );
    expect(reply.data.free).toBeNull();
  });

  it('filters by district and by what a station offers', async () => {
    const baoshan = await list({ district: 'baoshan' });
    expect(baoshan.data.items.every((s: { district: string }) => s.district === 'baoshan')).toBe(true);
    expect(ids(baoshan)).toEqual(expect.arrayContaining([WUSONG, GUCUN, 'station-baoshan-incubator']));
    expect(ids(await list({ district: 'baoshan', offer: 'seats' }))).toEqual(['station-baoshan-dachang', 'station-baoshan-incubator']);
    expect(ids(await list({ offer: 'apartments' }))).toEqual(['station-pudong', 'station-baoshan-apartments']);
    expect(ids(await list({ district: 'chongming' }))).toEqual([]);
  });

  it('answers VALIDATION for an unknown district or too long a span', async () => {
    expect((await list({ district: 'atlantis' })).error.code).toBe('VALIDATION');
    expect((await list({ free: { kind: 'stay', from: inDays(3), days: 94 } })).error.code).toBe('VALIDATION');
  });

  it('any signed-in caller may list; no caller at all is UNAUTHENTICATED', async () => {
    for (const openId of ['demo-applicant', 'demo-team', 'demo-employer', 'demo-operator', 'demo-unit', 'demo-admin', 'someone-new']) {
      expect((await list({}, openId)).ok).toBe(true);
    }
    expect((await list({}, null)).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('stations.list: free beds and seats for dates, all stations in one query', () => {
  const checkIn = inDays(20);

  it('counts the beds held at each station, and puts the stations with room first', async () => {
    // Gucun has 2 beds: two stays over the same nights fill it; a third station night stays free.
    await stayAt(GUCUN, 'guest-gucun-1', checkIn, 3);
    await stayAt(GUCUN, 'guest-gucun-2', inDays(21), 1);
    await stayAt(WUSONG, 'guest-wusong-1', checkIn, 2);

    const reply = await list({ district: 'baoshan', free: { kind: 'stay', from: checkIn, days: 3 } });
    expect(reply.data.free).toEqual({ kind: 'stay', from: checkIn, days: 3, need: 1 });
    const byId = Object.fromEntries(
      reply.data.items.map((s: { id: string; free: number; available: boolean }) => [s.id, [s.free, s.available]]),
    );
    // Only stations with beds are listed for a stay; the incubator and the apartments have none.
    expect(Object.keys(byId).sort()).toEqual([WUSONG, 'station-baoshan-dachang', GUCUN].sort());
    expect(byId[GUCUN]).toEqual([0, false]);
    expect(byId[WUSONG]).toEqual([7, true]);
    expect(byId['station-baoshan-dachang']).toEqual([4, true]);
    expect(ids(reply).at(-1)).toBe(GUCUN);

    // The night after Gucun's full night is free again: a stay starting then fits.
    const later = await list({ district: 'baoshan', free: { kind: 'stay', from: inDays(22), days: 1, availableOnly: true } });
    expect(ids(later)).toContain(GUCUN);
    const full = await list({ free: { kind: 'stay', from: checkIn, days: 3, availableOnly: true } });
    expect(ids(full)).not.toContain(GUCUN);
    expect(ids(full)).toContain('station-pudong');
  });

  it('asks for seats by team size over a seat term', async () => {
    const reply = await list({ free: { kind: 'seats', from: inDays(10), days: 92, need: 8 } });
    expect(reply.data.items.map((s: { id: string; available: boolean }) => [s.id, s.available])).toEqual([
      ['station-pudong', true],
      ['station-pudong-zhangjiang', true],
      ['station-baoshan-incubator', true],
      ['station-baoshan-dachang', false],
    ]);
  });

  it('reads the counters of every station with ONE extra database query, however many stations there are', async () => {
    const gets = () => cloud.adminRequests.get('database.getDocument') ?? 0;
    const count = async (payload: unknown) => {
      const before = gets();
      expect((await list(payload)).ok).toBe(true);
      return gets() - before;
    };
    const free = { kind: 'stay', from: inDays(30), days: 40 };
    const plain = await count({});
    const one = await count({ district: 'pudong', offer: 'stay', free: { ...free } });
    const all = await count({ free });
    expect(one).toBe(plain + 1);
    expect(all).toBe(plain + 1);
  });
});

describe('operators stay scoped to their station; the district admin sees all', () => {
  let atGucun: string;
  let atPudong: string;
  beforeAll(async () => {
    atGucun = await stayAt(GUCUN, 'guest-scope-1', inDays(40), 1);
    atPudong = await stayAt('station-pudong', 'guest-scope-2', inDays(40), 1);
  });

  it("an operator's review list is their own station's, and naming another station is FORBIDDEN", async () => {
    const own = await stays('queue', {}, 'operator-gucun');
    expect(own.data.stationId).toBe(GUCUN);
    expect(own.data.items.map((a: { _id: string }) => a._id)).toContain(atGucun);
    expect(own.data.items.every((a: { stationId: string }) => a.stationId === GUCUN)).toBe(true);
    expect((await stays('queue', { stationId: 'station-pudong' }, 'operator-gucun')).error.code).toBe('FORBIDDEN');
    expect((await stays('queue', { stationId: GUCUN }, 'operator-wusong')).error.code).toBe('FORBIDDEN');
  });

  it("another station's application does not exist for an operator, and they cannot act on it", async () => {
    expect((await stays('get', { id: atPudong }, 'operator-gucun')).error.code).toBe('NOT_FOUND');
    const refused = await stays('approve', { id: atPudong }, 'operator-gucun', { requestId: requestId() });
    expect(refused.error.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await stays('get', { id: atPudong }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await stays('get', { id: atPudong }, 'guest-scope-2')).data.status).toBe('pending');
  });

  it("an operator approves their own station's application; the district admin sees every station's list", async () => {
    expect((await stays('approve', { id: atGucun }, 'operator-gucun', { requestId: requestId() })).data.status).toBe('approved');
    const pudong = await stays('queue', { stationId: 'station-pudong' }, 'demo-admin');
    const gucun = await stays('queue', { stationId: GUCUN, status: ['approved'] }, 'demo-admin');
    expect(pudong.data.items.map((a: { _id: string }) => a._id)).toContain(atPudong);
    expect(gucun.data.items.map((a: { _id: string }) => a._id)).toContain(atGucun);
  });
});

describe("a service taken off a station's list: new applications refused, bookings made kept", () => {
  const admin = (payload: unknown) => callFunction(cloud, 'admin', { action: 'setProfile', payload }, 'demo-admin').then((r) => r.body);
  const seats = (payload: unknown, openId: string) =>
    callFunction(cloud, 'workspaces', { action: 'apply', payload, requestId: requestId() }, openId).then((r) => r.body);

  it('stays and seats are applied for until the operator takes them off, then refused with the reason', async () => {
    const stationId = 'station-services';
    // Made before stations had a service list: it takes stays and seats, as it always did.
    await addStation(db, stationId, 4, 4);
    const kept = await stayAt(stationId, 'services-first', inDays(10), 2);
    await consentFirst(cloud, ['services-second', 'services-team']);
    expect(await seats(seatApplication({ stationId, startDate: inDays(10) }), 'services-team')).toMatchObject({ ok: true });

    expect(await admin({ stationId, services: ['events'] })).toMatchObject({ ok: true });
    const refused = await stays('apply', talentApplication({ stationId, checkIn: inDays(12), nights: 2 }), 'services-second', {
      requestId: requestId(),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_ELIGIBLE', details: { reasons: [{ rule: 'station-not-offering' }] } },
    });
    expect(refused.error.details.reasons[0].message['zh-CN']).toContain('该驿站暂不接受住宿申请');
    const seatsRefused = await callFunction(
      cloud,
      'workspaces',
      { action: 'apply', payload: seatApplication({ stationId, startDate: inDays(12) }), requestId: requestId(), locale: 'en' },
      'services-second',
    ).then((r) => r.body);
    expect(seatsRefused).toMatchObject({
      ok: false,
      error: { code: 'NOT_ELIGIBLE', details: { reasons: [{ rule: 'station-not-offering' }] } },
    });
    expect(seatsRefused.error.details.reasons[0].message.en).toContain('not taking seat applications');
    expect((await db.collection('stay_applications').where({ stationId, ownerId: 'services-second' }).get()).data).toEqual([]);

    // Bookings made before stay: the first stay is still there, pending, and the list no longer offers stays here.
    expect((await stays('mine', {}, 'services-first')).data.items.map((a: { _id: string; status: string }) => [a._id, a.status])).toEqual([
      [kept, 'pending'],
    ]);
    expect(ids(await list({ offer: 'stay' }))).not.toContain(stationId);
    expect(await admin({ stationId, services: ['stay', 'events'] })).toMatchObject({ ok: true });
    await stayAt(stationId, 'services-second', inDays(12), 2);
  });
});
