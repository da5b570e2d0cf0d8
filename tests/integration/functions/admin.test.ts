import { overbookedDates } from '../../../core/capacity/buckets';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, callStays, dbOf, inDays, nightCounters, requestId, talentApplication } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const call = async (openId: string | null, action: string, payload?: unknown, locale?: string) =>
  (await callFunction(cloud, 'admin', { action, payload, ...(locale ? { locale } : {}) }, openId)).body;
const expectError = (reply: any, code: string) => expect(reply).toMatchObject({ ok: false, error: { code } });

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

const NOT_ADMINS = ['demo-applicant', 'demo-team', 'demo-employer', 'demo-operator', 'demo-unit'];
const name = { 'zh-CN': '测试', en: 'Test' };
const ACTIONS: Array<[string, unknown]> = [
  ['stations', {}],
  ['setCapacity', { stationId: 'station-pudong', beds: 12 }],
  ['setPolicy', { stationId: 'station-pudong', stayPolicy: { maxNights: 5 } }],
  ['setProfile', { stationId: 'station-pudong', district: 'baoshan', order: 0 }],
  ['categories', {}],
  ['saveCategory', { id: 'test-cat', name, order: 13, active: true }],
  ['units', {}],
  ['saveUnit', { id: 'unit-test', name, active: true }],
  ['users', { role: 'admin' }],
  ['setRole', { openId: 'demo-applicant', change: 'grant', role: 'admin' }],
  ['calendars', {}],
  ['loadCalendar', { year: '2028', holidays: [], workdays: [], source: 'test' }],
  ['auditLog', {}],
];

describe('admin: only district admins', () => {
  it.each(ACTIONS.flatMap(([action, payload]) => NOT_ADMINS.map((openId) => [action, openId, payload] as const)))(
    '%s is refused to %s (FORBIDDEN), and nothing changes',
    async (action, openId, payload) => {
      expectError(await call(openId, action, payload), 'FORBIDDEN');
    },
  );

  it.each(ACTIONS.map(([action]) => action))('%s needs a caller (UNAUTHENTICATED)', async (action) => {
    expectError(await call(null, action, {}), 'UNAUTHENTICATED');
  });

  it('the refusals changed nothing', async () => {
    const stations = await call('demo-admin', 'stations', {});
    expect(stations.data.items.find((s: any) => s.id === 'station-pudong')).toMatchObject({
      beds: 10,
      seats: 20,
      stayPolicy: { maxNights: 7 },
    });
    expect((await call('demo-admin', 'users', { role: 'admin' })).data.items.map((u: any) => u.openId)).toEqual(['demo-admin']);
    expect((await call('demo-admin', 'calendars', {})).data.years.map((y: any) => y.year)).toEqual(['2026']);
  });
});

describe('admin.setCapacity: the month counters follow, never below what is held', () => {
  const station = 'station-cap';
  const db = () => dbOf(cloud);

  beforeAll(async () => {
    await addStation(db(), station, 3, 2);
    await consentFirst(cloud, ['cap-guest-1', 'cap-guest-2']);
    for (const openId of ['cap-guest-1', 'cap-guest-2']) {
      const applied = await callStays(cloud)('apply', talentApplication({ stationId: station, checkIn: inDays(10), nights: 2 }), openId, {
        requestId: requestId(),
      });
      expect(applied).toMatchObject({ ok: true, data: { status: 'pending' } });
    }
  });

  it('refuses lowering beds below the 2 held, with CONFLICT naming the date, and changes nothing', async () => {
    const reply = await call('demo-admin', 'setCapacity', { stationId: station, beds: 1 }, 'en');
    expectError(reply, 'CONFLICT');
    expect(reply.error.message).toContain(inDays(10));
    expect(reply.error.details.conflicts[0]).toEqual({ date: inDays(10), held: 2 });
    const counters = await nightCounters(db(), 'stay_nights', station);
    expect(counters.every((c) => c.capacity === 3)).toBe(true);
    expect((await call('demo-admin', 'stations', {})).data.items.find((s: any) => s.id === station).beds).toBe(3);
  });

  it('lowering to what is held leaves no free bed; raising frees more; free + held = capacity throughout', async () => {
    expect(await call('demo-admin', 'setCapacity', { stationId: station, beds: 2 })).toMatchObject({
      ok: true,
      data: { beds: 2, seats: 2 },
    });
    let counters = await nightCounters(db(), 'stay_nights', station);
    const night = inDays(10);
    const month = counters.find((c) => night in c.held)!;
    expect(month).toMatchObject({ capacity: 2 });
    expect(month.free[night]).toBe(0);
    expect((await callStays(cloud)('quote', { stationId: station, checkIn: night, nights: 1 }, 'cap-guest-1')).data).toBeDefined();

    expect(await call('demo-admin', 'setCapacity', { stationId: station, beds: 5 })).toMatchObject({ ok: true, data: { beds: 5 } });
    counters = await nightCounters(db(), 'stay_nights', station);
    for (const c of counters) {
      expect(c.capacity).toBe(5);
      for (const date of Object.keys(c.held)) if (date >= inDays(0)) expect(c.free[date] + c.held[date]).toBe(5);
    }
    expect(counters.find((c) => night in c.held)!.free[night]).toBe(3);
  });

  it('refuses beds and seats together when either is below what is held, and changes neither', async () => {
    const reply = await call('demo-admin', 'setCapacity', { stationId: station, beds: 9, seats: 0 });
    expect(reply).toMatchObject({ ok: true });
    await consentFirst(cloud, ['cap-team']);
    const before = await nightCounters(db(), 'stay_nights', station);
    const both = await call('demo-admin', 'setCapacity', { stationId: station, beds: 1, seats: 3 });
    expectError(both, 'CONFLICT');
    expect(both.error.details.field).toBe('beds');
    expect(await nightCounters(db(), 'stay_nights', station)).toEqual(before);
    expect((await call('demo-admin', 'stations', {})).data.items.find((s: any) => s.id === station)).toMatchObject({ beds: 9, seats: 0 });
    expect(await call('demo-admin', 'setCapacity', { stationId: station, beds: 5, seats: 2 })).toMatchObject({
      ok: true,
      data: { beds: 5, seats: 2 },
    });
  });

  it('keeps free + held = capacity when bookings race a change of capacity', async () => {
    const night = inDays(10);
    const racers = Array.from({ length: 6 }, (_, n) => `cap-racer-${n}`);
    await consentFirst(cloud, racers);
    const replies = await Promise.all([
      call('demo-admin', 'setCapacity', { stationId: station, beds: 4 }),
      ...racers.map((openId) =>
        callStays(cloud)('apply', talentApplication({ stationId: station, checkIn: night, nights: 1 }), openId, { requestId: requestId() }),
      ),
    ]);
    const beds = (await call('demo-admin', 'stations', {})).data.items.find((s: any) => s.id === station).beds;
    expect([4, 5]).toContain(beds);
    expect(replies[0].ok ? beds === 4 : beds === 5).toBe(true);
    for (const c of await nightCounters(db(), 'stay_nights', station)) {
      expect(c.capacity).toBe(beds);
      expect(overbookedDates(c as never).filter((d) => d >= inDays(0))).toEqual([]);
    }
    const held = (await nightCounters(db(), 'stay_nights', station)).find((c) => night in c.held)!.held[night];
    expect(held).toBe(2 + replies.slice(1).filter((r) => r.ok).length);
    // Put it back for the next tests: 2 guests held before the race.
    for (const [i, r] of replies.slice(1).entries())
      if (r.ok) await callStays(cloud)('cancel', { id: r.data.id }, racers[i], { requestId: requestId() });
    expect(await call('demo-admin', 'setCapacity', { stationId: station, beds: 5 })).toMatchObject({ ok: true });
  });

  it('is audit-logged', async () => {
    const log = await call('demo-admin', 'auditLog', { action: 'admin.setCapacity', pageSize: 50 });
    expect(log.data.items.at(-1)).toMatchObject({
      actor: 'demo-admin',
      action: 'admin.setCapacity',
      target: { id: station },
      before: 'beds=3,seats=2',
      after: 'beds=2,seats=2',
    });
    expect(log.data.items.map((e: any) => e.target.id).every((id: string) => id === station)).toBe(true);
  });

  it('refuses an unknown station and an empty change', async () => {
    expectError(await call('demo-admin', 'setCapacity', { stationId: 'station-nowhere', beds: 1 }), 'NOT_FOUND');
    expectError(await call('demo-admin', 'setCapacity', { stationId: station }), 'VALIDATION');
    expectError(await call('demo-admin', 'setCapacity', { stationId: station, beds: -1 }), 'VALIDATION');
  });
});

describe('admin.setCapacity: beds added go to the waitlist first', () => {
  it('offers the nights a raise frees to the waitlisted applicants, first submitted first, before a newcomer', async () => {
    const station = 'station-cap-waitlist';
    await addStation(dbOf(cloud), station, 1);
    const guests = ['capw-holder', 'capw-first', 'capw-second', 'capw-newcomer'];
    await consentFirst(cloud, guests);
    const at = { stationId: station, checkIn: inDays(12), nights: 2, joinWaitlist: true };
    const apply = (openId: string) => callStays(cloud)('apply', talentApplication(at), openId, { requestId: requestId() });
    expect((await apply('capw-holder')).data.status).toBe('pending');
    const first = (await apply('capw-first')).data;
    const second = (await apply('capw-second')).data;
    expect([first.status, second.status]).toEqual(['waitlisted', 'waitlisted']);

    expect(await call('demo-admin', 'setCapacity', { stationId: station, beds: 2 })).toMatchObject({ ok: true, data: { beds: 2 } });
    const status = async (id: string, openId: string) => (await callStays(cloud)('get', { id }, openId)).data.status;
    expect(await status(first._id, 'capw-first')).toBe('offered');
    expect(await status(second._id, 'capw-second')).toBe('waitlisted');
    // The added bed is the first waitlisted applicant's: someone applying now finds the nights full.
    expect((await apply('capw-newcomer')).data.status).toBe('waitlisted');
  });
});

describe('admin.setProfile: what the network shows of a station', () => {
  const profile = {
    district: 'baoshan',
    kind: 'youth-station',
    services: ['stay', 'apartments', 'events', 'stay'],
    facilities: ['wifi', 'kitchen'],
    contact: { phone: '021-5555 0199', email: 'desk@example.org' },
    hours: { 'zh-CN': '每天 9:00–21:00', en: 'Daily 9:00–21:00' },
    photos: ['cloud://env-1.bucket/stations/profile.jpg', 'https://example.org/front.png'],
    order: 40,
    location: { latitude: 31.4, longitude: 121.45 },
  };

  it('saves every field; the station list and page show them; unnamed fields keep, null clears', async () => {
    await addStation(dbOf(cloud), 'station-profile', 4, 2);
    const saved = await call('demo-admin', 'setProfile', { stationId: 'station-profile', ...profile });
    expect(saved).toMatchObject({
      ok: true,
      data: { ...profile, services: ['stay', 'apartments', 'events'], contact: profile.contact, beds: 4, seats: 2 },
    });
    const listed = (await callFunction(cloud, 'stations', { action: 'list', payload: { district: 'baoshan' } }, 'demo-applicant')).body;
    expect(listed.data.items.find((s: any) => s.id === 'station-profile')).toMatchObject({
      district: 'baoshan',
      kind: 'youth-station',
      services: ['stay', 'apartments', 'events'],
      photo: profile.photos[0],
      location: profile.location,
    });

    const cleared = await call('demo-admin', 'setProfile', { stationId: 'station-profile', contact: null, location: null, facilities: [] });
    expect(cleared.data).toMatchObject({ district: 'baoshan', contact: null, location: null, facilities: [], order: 40 });
    const stations = await call('demo-admin', 'stations', {});
    expect(stations.data.items.find((s: any) => s.id === 'station-profile')).toMatchObject({
      contact: null,
      hours: profile.hours,
      photos: profile.photos,
    });
    const log = await call('demo-admin', 'auditLog', { action: 'admin.setProfile' });
    expect(log.data.items[0]).toMatchObject({ actor: 'demo-admin', target: { collection: 'stations', id: 'station-profile' } });
  });

  it("refuses what core's schema refuses, with messages in the caller's language", async () => {
    const bad = { stationId: 'station-profile', district: 'atlantis', contact: { phone: 'call us' }, photos: ['ftp://x/y.jpg'] };
    const zh = await call('demo-admin', 'setProfile', bad);
    const en = await call('demo-admin', 'setProfile', bad, 'en');
    expectError(zh, 'VALIDATION');
    expectError(en, 'VALIDATION');
    const paths = (reply: any) => reply.error.issues.map((i: any) => i.path).sort();
    expect(paths(zh)).toEqual(['contact.phone', 'district', 'photos.0']);
    expect(paths(en)).toEqual(paths(zh));
    const district = (reply: any) => reply.error.issues.find((i: any) => i.path === 'district').message;
    expect(district(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(district(en)).toMatch(/^Invalid/);
    expectError(await call('demo-admin', 'setProfile', { stationId: 'station-profile', order: -1 }), 'VALIDATION');
    expectError(await call('demo-admin', 'setProfile', { stationId: 'station-profile', owner: 'me' }), 'VALIDATION');
    expectError(await call('demo-admin', 'setProfile', { stationId: 'station-nowhere', order: 1 }), 'NOT_FOUND');
    const unchanged = await call('demo-admin', 'stations', {});
    expect(unchanged.data.items.find((s: any) => s.id === 'station-profile')).toMatchObject({ district: 'baoshan', order: 40 });
  });
});

describe('admin.setPolicy, categories, units', () => {
  it('changes only the named rules; the booking functions read them', async () => {
    const reply = await call('demo-admin', 'setPolicy', {
      stationId: 'station-pudong',
      stayPolicy: { maxNights: 5, listedUniversities: ['复旦大学'] },
      seatPolicy: { maxSeats: 4 },
    });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        stayPolicy: { maxNights: 5, maxNightsTeamMember: 14, listedUniversities: ['复旦大学'] },
        seatPolicy: { maxSeats: 4, months: [1, 2, 3] },
      },
    });
    await consentFirst(cloud, ['policy-guest']);
    const applied = await callStays(cloud)('apply', talentApplication({ nights: 6 }), 'policy-guest', { requestId: requestId() });
    expectError(applied, 'VALIDATION');
    expectError(await call('demo-admin', 'setPolicy', { stationId: 'station-pudong', stayPolicy: { maxNights: 0 } }), 'VALIDATION');
    expectError(await call('demo-admin', 'setPolicy', { stationId: 'station-pudong', stayPolicy: { unknownRule: 1 } }), 'VALIDATION');
  });

  it('creates and deactivates a category; a new request cannot use an inactive one', async () => {
    expect(
      await call('demo-admin', 'saveCategory', {
        id: 'talent-card',
        name: { 'zh-CN': '人才卡', en: 'Talent card' },
        order: 13,
        active: true,
      }),
    ).toMatchObject({ ok: true });
    expect((await call('demo-admin', 'categories', {})).data.items.map((c: any) => c.id)).toHaveLength(13);
    expect(
      await call('demo-admin', 'saveCategory', {
        id: 'talent-card',
        name: { 'zh-CN': '人才卡', en: 'Talent card' },
        order: 13,
        active: false,
      }),
    ).toMatchObject({ ok: true });
    await consentFirst(cloud, ['cat-applicant']);
    const submitted = await callFunction(
      cloud,
      'requests',
      { action: 'submit', payload: { category: 'talent-card', title: 't', body: '想了解人才卡的申请条件' }, requestId: requestId() },
      'cat-applicant',
    );
    expectError(submitted.body, 'VALIDATION');
    expectError(await call('demo-admin', 'saveCategory', { id: 'Bad Id', name, order: 1, active: true }), 'VALIDATION');
  });

  it('lists units with their handlers, and a new unit can be dispatched to once active', async () => {
    const units = await call('demo-admin', 'units', {});
    expect(units.data.items.find((u: any) => u.id === 'unit-hrss').handlers).toEqual([{ openId: 'demo-unit', displayName: '赵科长' }]);
    expect(
      await call('demo-admin', 'saveUnit', { id: 'unit-science', name: { 'zh-CN': '区科委', en: 'Science Commission' }, active: true }),
    ).toMatchObject({ ok: true });
    expect((await call('demo-admin', 'units', {})).data.items.map((u: any) => u.id)).toContain('unit-science');
    const log = await call('demo-admin', 'auditLog', { actor: 'demo-admin', action: 'admin.saveUnit' });
    expect(log.data.items[0]).toMatchObject({ target: { collection: 'units', id: 'unit-science' }, before: null, after: 'active' });
  });
});

describe('admin.setRole', () => {
  beforeAll(async () => {
    await addUser(dbOf(cloud), 'role-target', ['applicant']);
  });

  it('grants a unit role with its unit, and the handler sees their inbox', async () => {
    expectError(await call('demo-admin', 'setRole', { openId: 'role-target', change: 'grant', role: 'unit' }), 'CONFLICT');
    expectError(
      await call('demo-admin', 'setRole', { openId: 'role-target', change: 'grant', role: 'unit', unitId: 'unit-nowhere' }),
      'VALIDATION',
    );
    expectError(
      await call('demo-admin', 'setRole', { openId: 'nobody-signed-in', change: 'grant', role: 'unit', unitId: 'unit-hrss' }),
      'NOT_FOUND',
    );
    const granted = await call('demo-admin', 'setRole', { openId: 'role-target', change: 'grant', role: 'unit', unitId: 'unit-hrss' });
    expect(granted).toMatchObject({ ok: true, data: { roles: ['applicant', 'unit'], unitId: 'unit-hrss' } });
    expect((await callFunction(cloud, 'requests', { action: 'inbox' }, 'role-target')).body.ok).toBe(true);
  });

  it('revokes it, and the inbox is refused again', async () => {
    expect(await call('demo-admin', 'setRole', { openId: 'role-target', change: 'revoke', role: 'unit' })).toMatchObject({
      ok: true,
      data: { roles: ['applicant'], unitId: null },
    });
    expectError((await callFunction(cloud, 'requests', { action: 'inbox' }, 'role-target')).body, 'FORBIDDEN');
  });

  it('never lets the last admin revoke themselves; with a second admin it may', async () => {
    const refused = await call('demo-admin', 'setRole', { openId: 'demo-admin', change: 'revoke', role: 'admin' }, 'en');
    expectError(refused, 'CONFLICT');
    expect(refused.error.message).toContain('last admin');
    expect(await call('demo-admin', 'setRole', { openId: 'role-target', change: 'grant', role: 'admin' })).toMatchObject({ ok: true });
    expect(await call('role-target', 'setRole', { openId: 'demo-admin', change: 'revoke', role: 'admin' })).toMatchObject({
      ok: true,
      data: { roles: ['applicant'] },
    });
    expectError(await call('demo-admin', 'users', { role: 'admin' }), 'FORBIDDEN');
    expectError(await call('role-target', 'setRole', { openId: 'role-target', change: 'revoke', role: 'admin' }), 'CONFLICT');
    expect(await call('role-target', 'setRole', { openId: 'demo-admin', change: 'grant', role: 'admin' })).toMatchObject({ ok: true });
    const log = await call('demo-admin', 'auditLog', { actor: 'role-target', action: 'admin.setRole' });
    expect(log.data.items.map((e: any) => e.after)).toEqual(['applicant,admin', 'applicant']);
  });
});

describe('admin.loadCalendar: a provisional deadline becomes final', () => {
  const year2027 = { year: '2027', holidays: ['2027-01-01', '2027-01-04', '2027-01-05'], workdays: [], source: 'test notice' };
  let id: string;

  afterEach(() => {
    delete process.env.LOCAL_NOW;
  });

  it('a request dispatched on 28 Dec 2026 with 15 working days is provisional while 2027 is not loaded', async () => {
    await consentFirst(cloud, ['cal-applicant']);
    const req = async (openId: string, action: string, payload: unknown) =>
      (await callFunction(cloud, 'requests', { action, payload, requestId: requestId() }, openId)).body;
    const submitted = await req('cal-applicant', 'submit', { category: 'housing', title: '年底诉求', body: '年底提交，跨年办理的诉求' });
    id = submitted.data.id;
    await req('demo-operator', 'triage', { id, tier: 15, leadUnitId: 'unit-hrss' });
    process.env.LOCAL_NOW = '2026-12-28T02:00:00Z';
    const dispatched = await req('demo-operator', 'dispatch', { id });
    expect(dispatched).toMatchObject({ ok: true, data: { dueDate: '2027-01-18', dueProvisional: true } });
    expect((await call('demo-admin', 'calendars', {})).data.provisionalRequests).toBe(1);
  });

  it('refuses invalid calendars, and non-admins', async () => {
    expectError(await call('demo-admin', 'loadCalendar', { ...year2027, holidays: ['2026-12-31'] }), 'VALIDATION');
    expectError(await call('demo-admin', 'loadCalendar', { ...year2027, workdays: ['2027-01-01'] }), 'VALIDATION');
    expectError(await call('demo-operator', 'loadCalendar', year2027), 'FORBIDDEN');
    expectError((await callFunction(cloud, 'requests', { action: 'loadCalendar', payload: year2027 }, 'demo-admin')).body, 'VALIDATION');
  });

  it('loading 2027 counts it again: final, after the holidays; more than a page of them, all', async () => {
    // 130 more like it (the recount reads 100 a query, and each request made final leaves the query).
    const requests = dbOf(cloud).collection('requests');
    const stored = (await requests.doc(id).get()).data[0];
    for (let i = 0; i < 130; i += 1) await requests.add({ ...stored, _id: `${id}-like-${String(i).padStart(3, '0')}` });
    expect(await call('demo-admin', 'loadCalendar', year2027)).toEqual({
      ok: true,
      data: { year: '2027', holidays: 3, workdays: 0, finalised: 131 },
    });
    const view = (await callFunction(cloud, 'requests', { action: 'get', payload: { id } }, 'demo-operator')).body;
    expect(view.data).toMatchObject({ dueDate: '2027-01-21', dueProvisional: false, dueAt: '2027-01-21T15:59:59.999Z' });
    const calendars = (await call('demo-admin', 'calendars', {})).data;
    expect(calendars).toMatchObject({
      provisionalRequests: 0,
      years: [{ year: '2026' }, { year: '2027', holidays: 3, source: 'test notice' }],
    });
    const log = await call('demo-admin', 'auditLog', { action: 'admin.loadCalendar' });
    expect(log.data.items[0]).toMatchObject({ actor: 'demo-admin', target: { collection: 'calendars', id: '2027' } });
  });
});

describe('admin.auditLog', () => {
  it('pages newest first and filters by actor, action and time', async () => {
    const all = await call('demo-admin', 'auditLog', { pageSize: 3 });
    expect(all.data.items).toHaveLength(3);
    expect(all.data.hasMore).toBe(true);
    const times = all.data.items.map((e: any) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const next = await call('demo-admin', 'auditLog', { pageSize: 3, page: 1 });
    expect(next.data.items.map((e: any) => e.id)).not.toContain(all.data.items[0].id);

    const byOperator = await call('demo-admin', 'auditLog', { actor: 'demo-operator', pageSize: 50 });
    expect(byOperator.data.items.length).toBeGreaterThan(0);
    expect(byOperator.data.items.every((e: any) => e.actor === 'demo-operator')).toBe(true);

    const future = await call('demo-admin', 'auditLog', { from: '2099-01-01T00:00:00Z' });
    expect(future.data.items).toEqual([]);
    const past = await call('demo-admin', 'auditLog', { to: '2000-01-01T00:00:00Z' });
    expect(past.data.items).toEqual([]);
    const window = await call('demo-admin', 'auditLog', {
      from: '2020-01-01T00:00:00Z',
      to: '2099-01-01T00:00:00Z',
      action: 'admin.setRole',
    });
    expect(window.data.items.every((e: any) => e.action === 'admin.setRole')).toBe(true);
    expectError(await call('demo-admin', 'auditLog', { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }), 'VALIDATION');
  });
});

describe('requests.catalog for staff screens', () => {
  it.each(['demo-operator', 'demo-unit', 'demo-admin'])('%s reads the active units and categories', async (openId) => {
    const { body } = await callFunction(cloud, 'requests', { action: 'catalog' }, openId);
    expect(body.ok).toBe(true);
    expect(body.data.units.map((u: any) => u.id)).toContain('unit-hrss');
    expect(body.data.categories[0]).toEqual({
      id: 'residence-permit',
      name: { 'zh-CN': '居住证及落户办理', en: 'Residence permit and hukou' },
    });
    expect(body.data.categories.map((c: any) => c.id)).not.toContain('talent-card');
  });
});
