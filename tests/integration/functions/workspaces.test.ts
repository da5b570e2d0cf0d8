import { addDays, datesFrom } from '../../../core/dates';
import { storedPerson } from '../../../core/stays/application';
import { consentFirst } from '../../support/consent';
import { now } from '../../support/clock';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import {
  addStation,
  addUser,
  callStays,
  dbOf,
  file,
  inDays,
  newIdCard,
  newPassport,
  nightCounters,
  requestId,
  today,
  type Db,
} from '../../support/stays';
import { overbookedDates } from '../../../core/capacity/buckets';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;
const seats = (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'workspaces', { action, payload, ...extra }, openId).then((r) => r.body);

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await addStation(db, 'station-other', 4, 4);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-other');
});
afterAll(() => cloud.stop());

const person = (name: string) => ({ name, phone: '+8613800000000', identityDocument: { kind: 'id-card' as const, number: newIdCard() } });
/** A leader as `apply` stores one, for documents written directly (the sealed numbers are never opened here). */
const storedLeader = (name: string) => storedPerson(person(name), () => ({ kid: 'fixture', iv: '', tag: '', ct: '' }));
const teamApplication = (overrides: Record<string, unknown> = {}, team: Record<string, unknown> = {}) => ({
  stationId: 'station-pudong',
  seats: 2,
  months: 1,
  startDate: inDays(10),
  team: {
    name: '示例团队',
    leader: person('张创业'),
    members: [{ name: '成员一', phone: '13700000001', identityDocument: { kind: 'passport', number: newPassport() } }],
    projectSummary: '一个帮助人才找到住处的小程序',
    ...team,
  },
  documents: [file('business-plan')],
  ...overrides,
});
/** `openId` applies as the app has them do: privacy consent first (once), then the application. */
const applySeats = async (openId: string, overrides: Record<string, unknown> = {}, team: Record<string, unknown> = {}) => {
  await consentFirst(cloud, [openId]);
  return seats('apply', teamApplication(overrides, team), openId, { requestId: requestId() });
};
const freeSeatsOn = async (stationId: string, date: string) =>
  (await seats('quote', { stationId, startDate: date, days: 1 }, 'demo-team')).data.days[0].free as number;

describe('workspaces.quote and apply', () => {
  it('holds the seats on every day of the term from submission', async () => {
    const startDate = inDays(3);
    expect(await freeSeatsOn('station-pudong', startDate)).toBe(20);
    const reply = await applySeats('team-1', { startDate, months: 2 });
    expect(reply.data).toMatchObject({ status: 'pending', seats: 2, startDate });
    expect(JSON.stringify(reply)).not.toMatch(/IdHash/);
    const quote = await seats('quote', { stationId: 'station-pudong', startDate, days: 93 }, 'demo-team');
    const held = quote.data.days.filter((d: { free: number }) => d.free === 18).length;
    expect(held).toBe(datesFrom(startDate, 93).filter((d) => d < reply.data.endDate).length);
  });

  it('a replay with the same requestId returns the same application and holds nothing twice', async () => {
    const startDate = inDays(5);
    const rid = requestId();
    const payload = teamApplication({ startDate });
    const before = await freeSeatsOn('station-pudong', startDate);
    await consentFirst(cloud, ['team-2']);
    const first = await seats('apply', payload, 'team-2', { requestId: rid });
    expect(await seats('apply', payload, 'team-2', { requestId: rid })).toEqual(first);
    expect(await freeSeatsOn('station-pudong', startDate)).toBe(before - 2);
    expect((await seats('mine', {}, 'team-2')).data.items).toHaveLength(1);
  });

  it('one active application per team (by credit code)', async () => {
    const creditCode = '91310115MA1K3ABC1X';
    expect((await applySeats('team-3', { startDate: inDays(40) }, { creditCode })).data.status).toBe('pending');
    const again = await applySeats('team-3b', { startDate: inDays(45) }, { creditCode });
    expect(again.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { rule: 'one-active-application' } });
  });

  it.each([
    ['7 seats', { seats: 7 }, 'seats'],
    ['4 months', { months: 4 }, 'months'],
    ['a start 61 days ahead', { startDate: inDays(61) }, 'startDate'],
    [
      'a team of 11',
      {
        team: {
          ...teamApplication().team,
          members: Array.from({ length: 10 }, (_, i) => ({
            name: `m${i}`,
            phone: '13700000001',
            identityDocument: { kind: 'passport', number: newPassport() },
          })),
        },
      },
      'team.members',
    ],
  ])('answers VALIDATION for %s', async (_t, overrides, path) => {
    const reply = await applySeats('team-4', overrides);
    expect(reply.error.code).toBe('VALIDATION');
    expect(reply.error.issues[0].path).toBe(path);
  });

  it('needs a business plan (NOT_ELIGIBLE, with the reason)', async () => {
    const reply = await applySeats('team-5', { documents: [] });
    expect(reply.error).toMatchObject({ code: 'NOT_ELIGIBLE', details: { reasons: [expect.objectContaining({ rule: 'business-plan' })] } });
  });

  it('answers NO_CAPACITY when a day of the term is short', async () => {
    await addStation(db, 'seats-small', 0, 3);
    expect((await applySeats('team-6', { stationId: 'seats-small', seats: 2 })).data.status).toBe('pending');
    expect((await applySeats('team-7', { stationId: 'seats-small', seats: 2, startDate: inDays(20) })).error.code).toBe('NO_CAPACITY');
    expect((await applySeats('team-8', { stationId: 'seats-small', seats: 1, startDate: inDays(20) })).data.status).toBe('pending');
  });
});

describe('review: queue, assignSeats, refer, reject', () => {
  it('the operator assigns seat numbers once; other stations and applicants are refused; audited', async () => {
    const id = (await applySeats('team-10', { startDate: inDays(15) })).data._id;
    expect((await seats('queue', {}, 'demo-operator')).data.items.map((a: { _id: string }) => a._id)).toContain(id);
    expect((await seats('queue', {}, 'team-10')).error.code).toBe('FORBIDDEN');
    expect((await seats('assignSeats', { id, seatNumbers: [1, 2] }, 'operator-elsewhere')).error.code).toBe('FORBIDDEN');
    expect((await seats('assignSeats', { id, seatNumbers: [1, 2] }, 'team-10')).error.code).toBe('FORBIDDEN');
    expect((await seats('assignSeats', { id, seatNumbers: [1] }, 'demo-operator')).error.code).toBe('VALIDATION');
    // A refused assignment writes nothing, not even the station's empty seat map (found by fuzzing).
    expect((await db.collection('seat_maps').where({ _id: 'station-pudong' }).get()).data).toEqual([]);
    expect((await seats('assignSeats', { id, seatNumbers: [2, 1] }, 'demo-operator')).data).toMatchObject({
      status: 'approved',
      seatNumbers: [1, 2],
    });
    expect((await seats('assignSeats', { id, seatNumbers: [3, 4] }, 'demo-operator')).error.code).toBe('CONFLICT');
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    expect(data[0]).toMatchObject({
      action: 'workspaces.assignSeats',
      before: 'pending',
      after: 'approved',
      note: { seatNumbers: [1, 2] },
    });
    // Another team overlapping in time cannot get seat 2.
    const other = (await applySeats('team-11', { startDate: inDays(20) })).data._id;
    expect((await seats('assignSeats', { id: other, seatNumbers: [2, 3] }, 'demo-operator')).error.issues[0].message).toMatch(/2/);
  });

  it('refer and reject release the seats', async () => {
    const startDate = inDays(25);
    const a = (await applySeats('team-12', { startDate, seats: 1 })).data._id;
    const b = (await applySeats('team-13', { startDate, seats: 1 })).data._id;
    const before = await freeSeatsOn('station-pudong', startDate);
    expect((await seats('refer', { id: a, incubator: '示例孵化器' }, 'demo-operator')).data).toMatchObject({
      status: 'referred',
      referredTo: '示例孵化器',
    });
    expect((await seats('reject', { id: b }, 'demo-operator')).error.code).toBe('VALIDATION');
    expect((await seats('reject', { id: b, reason: '项目不符合方向' }, 'demo-operator')).data.status).toBe('rejected');
    expect(await freeSeatsOn('station-pudong', startDate)).toBe(before + 2);
  });
});

describe('the team leader: mine, get, cancel, endEarly', () => {
  it('sees only their own; another applicant cannot see or cancel', async () => {
    const id = (await applySeats('team-20', { startDate: inDays(30) })).data._id;
    expect((await seats('mine', {}, 'team-20')).data.items.map((a: { _id: string }) => a._id)).toEqual([id]);
    expect((await seats('get', { id }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await seats('get', { id }, 'operator-elsewhere')).error.code).toBe('NOT_FOUND');
    expect((await seats('get', { id }, 'demo-operator')).data._id).toBe(id);
    expect((await seats('cancel', { id }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await seats('cancel', { id }, 'team-20')).data.status).toBe('cancelled');
    expect((await seats('cancel', { id }, 'team-20')).error.code).toBe('CONFLICT');
  });

  it('ends an approved booking early, giving back the days after the last day', async () => {
    const id = `seat-fixture-${Date.now()}`;
    const startDate = addDays(today(), -5);
    const endDate = addDays(startDate, 30);
    const { holdDates } = await import('../../../cloudfunctions/_shared/capacity');
    await holdDates(db, {
      collection: 'seat_days',
      stationId: 'station-other',
      dates: datesFrom(startDate, 30),
      n: 2,
      capacity: 4,
      holder: id,
      now: now(),
    });
    await db.collection('seat_applications').add({
      _id: id,
      stationId: 'station-other',
      ownerId: 'team-21',
      teamKey: 'leader:team-21',
      team: { name: 'T', leader: storedLeader('组长'), members: [], projectSummary: '', creditCode: null },
      leaderIdHash: 'x',
      memberIdHashes: [],
      seats: 2,
      months: 1,
      startDate,
      endDate,
      held: { first: startDate, end: endDate },
      status: 'approved',
      seatNumbers: [1, 2],
      referredTo: null,
      reason: null,
      documents: [],
      submittedAt: new Date(),
      updatedAt: new Date(),
    });
    expect((await seats('cancel', { id }, 'team-21')).error.code).toBe('CONFLICT');
    expect((await seats('endEarly', { id, lastDay: addDays(today(), -1) }, 'team-21')).error.code).toBe('VALIDATION');
    expect((await seats('endEarly', { id }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    // Ended today: today is its last day, and its end (excluded, as every term's) tomorrow.
    expect((await seats('endEarly', { id }, 'team-21')).data).toMatchObject({ status: 'ended-early', endDate: addDays(today(), 1) });
    expect(await freeSeatsOn('station-other', today())).toBe(2);
    expect(await freeSeatsOn('station-other', addDays(today(), 1))).toBe(4);
  });
});

describe('seat numbers of a term ended early', () => {
  it('stay reserved through its last day used, and are free after it', async () => {
    const approve = async (openId: string, startDate: string) => {
      const id = (await applySeats(openId, { startDate, months: 1, seats: 1 })).data._id as string;
      return {
        id,
        assign: (seatNumbers: number[]) => seats('assignSeats', { id, seatNumbers }, 'demo-operator', { requestId: requestId() }),
      };
    };
    const first = await approve('team-60', inDays(2));
    expect((await first.assign([17])).data).toMatchObject({ status: 'approved', seatNumbers: [17] });
    const lastDay = inDays(6);
    expect((await seats('endEarly', { id: first.id, lastDay }, 'team-60', { requestId: requestId() })).data).toMatchObject({
      status: 'ended-early',
      endDate: addDays(lastDay, 1),
    });
    // A team from before the last day cannot have desk 17: the first team still sits there.
    const overlapping = await approve('team-61', inDays(3));
    expect((await overlapping.assign([17])).error).toMatchObject({ code: 'VALIDATION' });
    // A team from the day after it can.
    const after = await approve('team-62', addDays(lastDay, 1));
    expect((await after.assign([17])).data).toMatchObject({ status: 'approved', seatNumbers: [17] });
  });
});

describe('team members stay up to 14 nights', () => {
  it('once the team seat application is approved', async () => {
    const { phone: _leaderPhone, ...member } = person('成员二');
    const phone = '13700000002';
    const seatId = (await applySeats('team-30', { startDate: inDays(8) }, { members: [{ ...member, phone }] })).data._id;
    await consentFirst(cloud, ['member-openid']);
    const stay = (extra: Record<string, unknown> = {}) =>
      stays(
        'apply',
        {
          stationId: 'station-pudong',
          type: 'team-member',
          checkIn: inDays(9),
          nights: 14,
          seatApplicationId: seatId,
          applicant: { ...member, phone },
          documents: [file('id-card')],
          ...extra,
        },
        'member-openid',
        { requestId: requestId() },
      );
    expect((await stay()).error.details.reasons[0].rule).toBe('approved-team');
    await seats('assignSeats', { id: seatId, seatNumbers: [11, 12] }, 'demo-operator');
    expect((await stay()).data).toMatchObject({ status: 'pending', nights: 14, type: 'team-member' });
  });
});

describe('200 teams at once for the last seats', () => {
  it('exactly as many as fit hold seats; the rest get NO_CAPACITY; no day is overbooked', async () => {
    await addStation(db, 'seats-race', 0, 5);
    // Consent before the race, so that the 200 applications race each other and nothing else.
    await consentFirst(
      cloud,
      Array.from({ length: 200 }, (_, i) => `race-team-${i}`),
    );
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        applySeats(`race-team-${i}`, { stationId: 'seats-race', seats: 1 + (i % 2), startDate: inDays(20 + (i % 3)), months: 1 }),
      ),
    );
    const ok = replies.filter((r) => r.ok);
    expect(replies.every((r) => r.ok || r.error.code === 'NO_CAPACITY')).toBe(true);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    const buckets = await nightCounters(db, 'seat_days', 'seats-race');
    for (const b of buckets) expect(overbookedDates(b as never)).toEqual([]);
    // held on each day = seats of the pending applications covering it
    const expected = new Map<string, number>();
    for (const r of ok)
      for (const d of datesFrom(r.data.startDate, 40).filter((x) => x < r.data.endDate))
        expected.set(d, (expected.get(d) ?? 0) + r.data.seats);
    for (const b of buckets) for (const [d, held] of Object.entries(b.held)) expect([d, held]).toEqual([d, expected.get(d) ?? 0]);
    expect(Math.max(...expected.values())).toBeLessThanOrEqual(5);
  });
});

describe('workspaces.sweep (the scheduler work, run by an admin)', () => {
  it('expires pending applications unreviewed for 5 working days and ends terms that are over', async () => {
    await addStation(db, 'seats-sweep', 0, 2);
    const startDate = inDays(12);
    const stale = (await applySeats('sweep-team-1', { stationId: 'seats-sweep', startDate })).data._id;
    await db
      .collection('seat_applications')
      .doc(stale)
      .update({ submittedAt: new Date(Date.now() - 10 * 86_400_000) });
    expect(await freeSeatsOn('seats-sweep', startDate)).toBe(0);
    expect((await seats('sweep', {}, 'demo-operator')).error.code).toBe('FORBIDDEN');
    expect((await seats('sweep', {}, 'demo-admin')).data.expired).toBeGreaterThanOrEqual(1);
    expect((await seats('get', { id: stale }, 'sweep-team-1')).data.status).toBe('expired');
    expect(await freeSeatsOn('seats-sweep', startDate)).toBe(2);

    const ended = `seat-ended-${Date.now()}`;
    await db.collection('seat_applications').add({
      _id: ended,
      stationId: 'seats-sweep',
      ownerId: 'sweep-team-3',
      teamKey: 'leader:sweep-team-3',
      team: { name: 'T', leader: storedLeader('组长'), members: [], projectSummary: '', creditCode: null },
      leaderIdHash: 'x',
      memberIdHashes: [],
      seats: 1,
      months: 1,
      startDate: addDays(today(), -31),
      endDate: today(),
      held: { first: addDays(today(), -31), end: today() },
      status: 'approved',
      seatNumbers: [1],
      referredTo: null,
      reason: null,
      documents: [],
      submittedAt: new Date(),
      updatedAt: new Date(),
    });
    expect((await seats('sweep', {}, 'demo-admin')).data.ended).toBe(1);
    expect((await seats('get', { id: ended }, 'sweep-team-3')).data).toMatchObject({ status: 'ended', held: null });
  });
});

describe('20 operators assigning at the same instant', () => {
  const overlaps = (a: { held: { first: string; end: string } }, b: { held: { first: string; end: string } }) =>
    a.held.first < b.held.end && b.held.first < a.held.end;
  /** No two approved applications of the station with overlapping terms share a seat number. */
  async function expectNoSharedSeat(stationId: string) {
    const { data } = await db.collection('seat_applications').where({ stationId, status: 'approved' }).limit(1000).get();
    const approved = data as Array<{ _id: string; seatNumbers: number[]; held: { first: string; end: string } }>;
    for (const a of approved) {
      for (const b of approved) {
        if (a._id >= b._id || !overlaps(a, b)) continue;
        expect([a._id, b._id, a.seatNumbers.filter((n) => b.seatNumbers.includes(n))]).toEqual([a._id, b._id, []]);
      }
    }
    return approved;
  }
  const pendingTeams = async (stationId: string, prefix: string) => {
    const teams = Array.from({ length: 20 }, (_, i) => `${prefix}-${i}`);
    const ids: string[] = [];
    for (const [i, team] of teams.entries())
      ids.push((await applySeats(team, { stationId, startDate: inDays(10 + (i % 5)), seats: 2 })).data._id);
    return ids;
  };

  it('the same seat numbers to 20 pending teams with overlapping terms: exactly one gets them', async () => {
    await addStation(db, 'seats-assign-race', 0, 40);
    const ids = await pendingTeams('seats-assign-race', 'assign-race');
    const replies = await Promise.all(ids.map((id) => seats('assignSeats', { id, seatNumbers: [7, 8] }, 'demo-admin')));
    const approved = replies.filter((r) => r.ok);
    expect(approved).toHaveLength(1);
    expect(approved[0].data).toMatchObject({ status: 'approved', seatNumbers: [7, 8] });
    for (const r of replies.filter((x) => !x.ok)) expect(['VALIDATION', 'CONFLICT']).toContain(r.error.code);
    expect((await expectNoSharedSeat('seats-assign-race')).map((a) => a._id)).toEqual([approved[0].data._id]);
  });

  it('one shared number among otherwise different ones: still exactly one; different numbers all succeed', async () => {
    await addStation(db, 'seats-assign-mixed', 0, 40);
    const ids = await pendingTeams('seats-assign-mixed', 'assign-mixed');
    // Teams 0..9 all want seat 1 (plus one of their own); teams 10..19 each want two numbers nobody else asks for.
    const wanted = (i: number) => (i < 10 ? [1, 2 + i] : [2 * i, 2 * i + 1]);
    const replies = await Promise.all(ids.map((id, i) => seats('assignSeats', { id, seatNumbers: wanted(i) }, 'demo-admin')));
    expect(replies.slice(0, 10).filter((r) => r.ok)).toHaveLength(1);
    expect(replies.slice(10).map((r) => r.ok)).toEqual(Array(10).fill(true));
    for (const r of replies.filter((x) => !x.ok)) expect(['VALIDATION', 'CONFLICT']).toContain(r.error.code);
    expect(await expectNoSharedSeat('seats-assign-mixed')).toHaveLength(11);
  });

  it('a refused or cancelled booking gives its numbers back', async () => {
    await addStation(db, 'seats-assign-free', 0, 4);
    const a = (await applySeats('assign-free-a', { stationId: 'seats-assign-free', startDate: inDays(10) })).data._id;
    const b = (await applySeats('assign-free-b', { stationId: 'seats-assign-free', startDate: inDays(10) })).data._id;
    expect((await seats('assignSeats', { id: a, seatNumbers: [1, 2] }, 'demo-admin')).ok).toBe(true);
    expect((await seats('assignSeats', { id: b, seatNumbers: [2, 3] }, 'demo-admin')).error.code).toBe('VALIDATION');
    expect((await seats('cancel', { id: a }, 'assign-free-a')).data.status).toBe('cancelled');
    expect((await seats('assignSeats', { id: b, seatNumbers: [2, 3] }, 'demo-admin')).data).toMatchObject({
      status: 'approved',
      seatNumbers: [2, 3],
    });
  });
});
