import { addDays } from '../../../core/dates';
import { UTF8_BOM } from '../../../core/reports/csv';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import {
  addStation,
  addUser,
  callStays,
  dbOf,
  file,
  inDays,
  newIdCard,
  requestId,
  talentApplication,
  today,
  type Db,
} from '../../support/stays';

/**
 * The operator console's actions (issue 7): `stays.queue` and `workspaces.queue` by keyset with the review filters,
 * `stays.today`, and `reports.exportApplicationsCsv`, each as every persona, the refused ones included.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;
const call = (fn: string, action: string, payload: unknown, openId: string) =>
  callFunction(cloud, fn, { action, payload, requestId: requestId() }, openId).then((r) => r.body);

const STATION = 'station-console';
let applied: Array<{ _id: string; type: string }> = [];

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await addStation(db, STATION, 6, 4);
  await addUser(db, 'console-operator', ['applicant', 'operator'], STATION);
  const people = ['console-a', 'console-b', 'console-c', 'console-d', 'console-e'];
  await consentFirst(cloud, people);
  applied = [];
  for (const [i, who] of people.entries()) {
    const graduate = i % 2 === 1;
    const payload = talentApplication({
      stationId: STATION,
      checkIn: inDays(i === 0 ? 1 : 20),
      nights: 2,
      ...(graduate
        ? {
            type: 'graduate',
            university: 'Fudan University',
            graduationDate: inDays(-100),
            documents: [file('id-card'), file('degree')],
            yearsAbroad: undefined,
            applicant: { name: `Grad ${i}`, phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
          }
        : {}),
    });
    const reply = await stays('apply', payload, who, { requestId: requestId() });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    applied.push(reply.data);
  }
});
afterAll(() => cloud.stop());

const idsOf = (reply: { data: { items: Array<{ _id: string }> } }) => reply.data.items.map((a) => a._id);

describe('stays.queue', () => {
  it('pages by cursor, oldest or newest first, without repeating or missing a row', async () => {
    const first = await stays('queue', { pageSize: 2 }, 'console-operator');
    const second = await stays('queue', { pageSize: 2, cursor: first.data.nextCursor }, 'console-operator');
    const third = await stays('queue', { pageSize: 2, cursor: second.data.nextCursor }, 'console-operator');
    expect([...idsOf(first), ...idsOf(second), ...idsOf(third)]).toEqual(applied.map((a) => a._id));
    expect(third.data.nextCursor).toBeNull();
    const newest = await stays('queue', { order: 'newest', pageSize: 50 }, 'console-operator');
    expect(idsOf(newest)).toEqual(applied.map((a) => a._id).reverse());
  });

  it('filters by type, identity document and university', async () => {
    const graduates = applied.filter((a) => a.type === 'graduate').map((a) => a._id);
    expect(idsOf(await stays('queue', { type: 'graduate' }, 'console-operator'))).toEqual(graduates);
    expect(idsOf(await stays('queue', { idKind: 'id-card' }, 'console-operator'))).toEqual(graduates);
    expect(idsOf(await stays('queue', { university: 'Fudan University' }, 'console-operator'))).toEqual(graduates);
    expect(idsOf(await stays('queue', { university: 'Nowhere University' }, 'console-operator'))).toEqual([]);
  });

  it('an admin names the station', async () => {
    expect(idsOf(await stays('queue', { stationId: STATION, pageSize: 50 }, 'demo-admin'))).toEqual(applied.map((a) => a._id));
  });

  it.each([
    ['an applicant', 'demo-applicant', {}, 'FORBIDDEN'],
    ['an employer', 'demo-employer', {}, 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', {}, 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', { stationId: STATION }, 'FORBIDDEN'],
    ['an admin without a station', 'demo-admin', {}, 'VALIDATION'],
    ['a cursor carrying a query operator', 'console-operator', { cursor: { at: new Date().toISOString(), id: { $gt: '' } } }, 'VALIDATION'],
    ['the old offset paging', 'console-operator', { page: 1 }, 'VALIDATION'],
  ])('refuses %s', async (_t, openId, payload, code) => {
    expect((await stays('queue', payload, openId)).error.code).toBe(code);
  });
});

describe('workspaces.queue', () => {
  it('pages seat applications by cursor', async () => {
    const teams = ['console-team-1', 'console-team-2', 'console-team-3'];
    await consentFirst(cloud, teams);
    const ids: string[] = [];
    for (const [i, who] of teams.entries()) {
      const reply = await call(
        'workspaces',
        'apply',
        {
          stationId: STATION,
          seats: 1,
          months: 1,
          startDate: inDays(10),
          team: {
            name: `Team ${i}`,
            leader: { name: `Lead ${i}`, phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
            members: [],
            projectSummary: 'A team with a plan',
          },
          documents: [{ kind: 'business-plan', fileId: 'cloud://local-env.bucket/plan.pdf', type: 'pdf', size: 2048 }],
        },
        who,
      );
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      ids.push(reply.data._id);
    }
    const first = await call('workspaces', 'queue', { pageSize: 2 }, 'console-operator');
    const second = await call('workspaces', 'queue', { pageSize: 2, cursor: first.data.nextCursor }, 'console-operator');
    expect([...idsOf(first), ...idsOf(second)]).toEqual(ids);
    expect(second.data.nextCursor).toBeNull();
  });

  it.each([
    ['an applicant', 'demo-applicant', {}, 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', {}, 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', { stationId: STATION }, 'FORBIDDEN'],
    ['an admin without a station', 'demo-admin', {}, 'VALIDATION'],
  ])('refuses %s', async (_t, openId, payload, code) => {
    expect((await call('workspaces', 'queue', payload, openId)).error.code).toBe(code);
  });
});

describe('stays.today', () => {
  it('shows arrivals, departures, what waits, the 30-day occupancy and the requests to triage', async () => {
    // Arriving tomorrow: approved. Leaving today: a guest checked in two days ago for two nights (set directly,
    // as nobody can apply for a past date).
    expect((await stays('approve', { id: applied[0]._id }, 'console-operator')).ok).toBe(true);
    expect((await stays('approve', { id: applied[1]._id }, 'console-operator')).ok).toBe(true);
    await db
      .collection('stay_applications')
      .doc(applied[1]._id)
      .update({ status: 'checked-in', checkIn: inDays(-2), nights: 2 });

    const reply = await stays('today', {}, 'console-operator');
    expect(reply.ok).toBe(true);
    const data = reply.data;
    expect(data.days).toEqual([today(), inDays(1)]);
    expect(data.arrivals.map((a: { _id: string }) => a._id)).toEqual([applied[0]._id]);
    expect(data.arrivals[0]).toMatchObject({ checkIn: inDays(1), status: 'approved', name: 'Alex Chen' });
    expect(data.departures).toEqual([expect.objectContaining({ _id: applied[1]._id, checkOut: today() })]);
    expect(data.waiting.stays).toEqual({ count: 3, oldestHours: 0 });
    expect(data.waiting.seats.count).toBe(3);
    expect(data.waiting.waitlist).toEqual({ count: 0, oldestHours: null });
    expect(data.occupancy).toHaveLength(30);
    expect(data.occupancy[1]).toMatchObject({ date: inDays(1), beds: { taken: 1, capacity: 6 } });
    expect(data.occupancy[0].seats.capacity).toBe(4);
    const triage = await db
      .collection('requests')
      .where({ status: db.command.in(['submitted', 'returned']) })
      .count();
    expect(data.requests).toEqual({ awaitingTriage: triage.total, overdue: 0 });
    expect(JSON.stringify(reply)).not.toMatch(/sealed|idHash/);
  });

  it('counts open requests past their deadline as overdue', async () => {
    await db
      .collection('requests')
      .add({ _id: 'console-overdue', status: 'in_progress', dueAt: new Date(Date.now() - 3_600_000), overdue: true });
    expect((await stays('today', {}, 'console-operator')).data.requests.overdue).toBe(1);
    await db.collection('requests').doc('console-overdue').remove();
  });

  it('an admin names the station', async () => {
    expect((await stays('today', { stationId: STATION }, 'demo-admin')).data.stationId).toBe(STATION);
  });

  it.each([
    ['an applicant', 'demo-applicant', {}, 'FORBIDDEN'],
    ['an employer', 'demo-employer', {}, 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', {}, 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', { stationId: STATION }, 'FORBIDDEN'],
    ['an admin without a station', 'demo-admin', {}, 'VALIDATION'],
    ['an unknown field', 'console-operator', { date: addDays(today(), 1) }, 'VALIDATION'],
  ])('refuses %s', async (_t, openId, payload, code) => {
    expect((await stays('today', payload, openId)).error.code).toBe(code);
  });
});

/** RFC 4180 fields of one CSV text (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells: string[] = [];
    for (const match of line.matchAll(/("((?:[^"]|"")*)"|[^,]*)(,|$)/g)) {
      cells.push(match[2] !== undefined ? match[2].replaceAll('""', '"') : match[1]);
      if (match[3] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

describe('reports.exportApplicationsCsv', () => {
  it("exports the station's applications with a BOM and a header, numbers masked, and audits it", async () => {
    const reply = await call(
      'reports',
      'exportApplicationsCsv',
      { kind: 'stays', status: ['pending', 'approved', 'checked-in'] },
      'console-operator',
    );
    expect(reply.ok).toBe(true);
    expect(reply.data.content.startsWith(UTF8_BOM)).toBe(true);
    expect(reply.data.nextCursor).toBeNull();
    const [header, ...rows] = parseCsv(reply.data.content.slice(1));
    expect(header.slice(0, 4)).toEqual(['id', 'type', 'status', 'name']);
    expect(rows.map((r) => r[0]).sort()).toEqual(applied.map((a) => a._id).sort());
    const idNumber = header.indexOf('idNumber');
    expect(rows.every((r) => /^\*+[A-Za-z0-9]{4}$/.test(r[idNumber]))).toBe(true);
    const { data } = await db.collection('audit_logs').where({ actor: 'console-operator', action: 'reports.exportApplicationsCsv' }).get();
    expect(data).toHaveLength(1);
  });

  it('exports seat applications too, and an admin names the station', async () => {
    const reply = await call('reports', 'exportApplicationsCsv', { stationId: STATION, kind: 'seats', status: ['pending'] }, 'demo-admin');
    const [header, ...rows] = parseCsv(reply.data.content.slice(1));
    expect(header[0]).toBe('id');
    expect(rows).toHaveLength(3);
  });

  it.each([
    ['an applicant', 'demo-applicant', { kind: 'stays', status: ['pending'] }, 'FORBIDDEN'],
    ['an employer', 'demo-employer', { kind: 'stays', status: ['pending'] }, 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', { kind: 'stays', status: ['pending'] }, 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', { stationId: STATION, kind: 'stays', status: ['pending'] }, 'FORBIDDEN'],
    ['an admin without a station', 'demo-admin', { kind: 'stays', status: ['pending'] }, 'VALIDATION'],
    ['a seat status for stays', 'console-operator', { kind: 'stays', status: ['referred'] }, 'VALIDATION'],
  ])('refuses %s', async (_t, openId, payload, code) => {
    expect((await call('reports', 'exportApplicationsCsv', payload, openId)).error.code).toBe(code);
  });
});

describe('stays.waitlist', () => {
  let id: string;
  beforeAll(async () => {
    await consentFirst(cloud, ['console-wait']);
    const reply = await stays('apply', talentApplication({ stationId: STATION, checkIn: inDays(30), nights: 2 }), 'console-wait', {
      requestId: requestId(),
    });
    id = reply.data._id;
  });

  it.each([
    ['an applicant (the owner)', 'console-wait', 'FORBIDDEN'],
    ['an employer', 'demo-employer', 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', 'FORBIDDEN'],
  ])('refuses %s', async (_t, openId, code) => {
    expect((await stays('waitlist', { id }, openId)).error.code).toBe(code);
  });

  it('the operator puts a pending application on the waitlist: nights released, not offered straight back; twice is CONFLICT', async () => {
    const quote = () =>
      stays('quote', { stationId: STATION, checkIn: inDays(30), nights: 1 }, 'demo-applicant').then((r) => r.data.nights[0].free);
    const before = await quote();
    const reply = await stays('waitlist', { id }, 'console-operator');
    expect(reply.data).toMatchObject({ status: 'waitlisted', held: null });
    expect(await quote()).toBe(before + 1);
    expect((await stays('get', { id }, 'console-wait')).data.status).toBe('waitlisted');
    expect((await stays('waitlist', { id }, 'console-operator')).error.code).toBe('CONFLICT');
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    expect(data).toContainEqual(expect.objectContaining({ action: 'stays.waitlist', before: 'pending', after: 'waitlisted' }));
  });

  it('an admin may waitlist at any station', async () => {
    await consentFirst(cloud, ['console-wait-2']);
    const reply = await stays('apply', talentApplication({ stationId: STATION, checkIn: inDays(31), nights: 1 }), 'console-wait-2', {
      requestId: requestId(),
    });
    expect((await stays('waitlist', { id: reply.data._id }, 'demo-admin')).data.status).toBe('waitlisted');
  });
});

describe('workspaces.seatMap', () => {
  let ids: string[];
  beforeAll(async () => {
    const { data } = await call('workspaces', 'queue', { pageSize: 10 }, 'console-operator');
    ids = data.items.map((a: { _id: string }) => a._id);
  });

  it('shows the capacity and the numbers taken by overlapping teams', async () => {
    expect((await call('workspaces', 'seatMap', { id: ids[0] }, 'console-operator')).data).toEqual({
      id: ids[0],
      capacity: 4,
      seats: 1,
      taken: [],
      assigned: [],
    });
    expect((await call('workspaces', 'assignSeats', { id: ids[0], seatNumbers: [2] }, 'console-operator')).data.status).toBe('approved');
    expect((await call('workspaces', 'seatMap', { id: ids[1] }, 'console-operator')).data.taken).toEqual([2]);
    expect((await call('workspaces', 'seatMap', { id: ids[1] }, 'demo-admin')).data.taken).toEqual([2]);
  });

  it.each([
    ['the team leader', 'console-team-2', 'FORBIDDEN'],
    ['an applicant', 'demo-applicant', 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', 'FORBIDDEN'],
  ])('refuses %s', async (_t, openId, code) => {
    expect((await call('workspaces', 'seatMap', { id: ids[1] }, openId)).error.code).toBe(code);
  });
});

describe('stays.history and workspaces.history', () => {
  it('list what staff did to an application, newest first, without notes, each by name', async () => {
    // The name the operator's account gives (an openid tells the reader nothing); none without one.
    await db.collection('users').doc('console-operator').update({ displayName: '陈驿站' });
    const reply = await stays('history', { id: applied[0]._id }, 'console-operator');
    expect(reply.data.id).toBe(applied[0]._id);
    expect(reply.data.lines[0]).toEqual({
      at: expect.any(String),
      actor: 'console-operator',
      actorName: '陈驿站',
      action: expect.any(String),
      before: expect.anything(),
      after: expect.anything(),
    });
    expect(reply.data.lines.map((l: { action: string }) => l.action)).toContain('stays.approve');
    const seatQueue = await call('workspaces', 'queue', { status: ['approved'] }, 'console-operator');
    const seatId = seatQueue.data.items[0]._id;
    expect(
      (await call('workspaces', 'history', { id: seatId }, 'console-operator')).data.lines.map((l: { action: string }) => l.action),
    ).toContain('workspaces.assignSeats');
    expect((await stays('history', { id: applied[0]._id }, 'demo-admin')).ok).toBe(true);
  });

  it.each([
    ['the applicant who owns it', 'console-a', 'FORBIDDEN'],
    ['an employer', 'demo-employer', 'FORBIDDEN'],
    ['a unit handler', 'demo-unit', 'FORBIDDEN'],
    ['an operator of another station', 'demo-operator', 'FORBIDDEN'],
  ])('refuses %s', async (_t, openId, code) => {
    expect((await stays('history', { id: applied[0]._id }, openId)).error.code).toBe(code);
    expect((await call('workspaces', 'history', { id: applied[0]._id }, openId)).error.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
