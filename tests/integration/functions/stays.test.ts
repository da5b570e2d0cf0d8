import { holdDates } from '../../../cloudfunctions/_shared/capacity';
import { LOCAL_ID_HASH_KEY } from '../../../cloudfunctions/_shared/config';
import { identityHash } from '../../../cloudfunctions/_shared/identity-hash';
import { addDays, datesFrom } from '../../../core/dates';
import { consentFirst } from '../../support/consent';
import { now } from '../../support/clock';
import { startTestCloud } from '../../support/local-cloud';
import {
  addStation,
  addUser,
  callStays,
  dbOf,
  file,
  inDays,
  newPassport,
  requestId,
  talentApplication,
  today,
  type Db,
} from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await addStation(db, 'station-other', 4);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-other');
  // Personas that send personal data below (or are told NOT_FOUND / NOT_ELIGIBLE rather than asked to consent).
  await consentFirst(cloud, ['demo-applicant', 'demo-employer']);
});
afterAll(() => cloud.stop());

/** `openId` applies as the app has them do: privacy consent first (once), then the application. */
const apply = async (openId: string, overrides: Record<string, unknown> = {}, rid = requestId()) => {
  await consentFirst(cloud, [openId]);
  return stays('apply', talentApplication(overrides), openId, { requestId: rid });
};
const freeOn = async (stationId: string, date: string) => {
  const reply = await stays('quote', { stationId, checkIn: date, nights: 1 }, 'demo-applicant');
  return reply.data.nights[0].free as number;
};

describe('stays.quote', () => {
  it('shows every bed free on nights nobody holds, per night', async () => {
    const reply = await stays('quote', { stationId: 'station-pudong', checkIn: inDays(50), nights: 3 }, 'demo-applicant');
    expect(reply).toMatchObject({ ok: true, data: { available: true } });
    expect(reply.data.nights).toEqual(datesFrom(inDays(50), 3).map((date) => ({ date, free: 10, capacity: 10 })));
  });

  it('answers NOT_FOUND for an unknown station', async () => {
    expect((await stays('quote', { stationId: 'nowhere', checkIn: inDays(5), nights: 1 }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
  });
});

describe('stays.apply', () => {
  it('holds the nights from submission and answers pending, without the identity number or its hash', async () => {
    const checkIn = inDays(2);
    const reply = await apply('apply-1', { checkIn });
    expect(reply).toMatchObject({ ok: true, data: { status: 'pending', checkIn, nights: 3, person: { idKind: 'passport' } } });
    expect(reply.data.person.idMasked).toMatch(/^\*+\d{4}$/);
    expect(JSON.stringify(reply)).not.toMatch(/idHash|E\d{11}/);
    expect(await freeOn('station-pudong', checkIn)).toBe(9);
    expect(await freeOn('station-pudong', addDays(checkIn, 3))).toBe(10);
  });

  it('a replay with the same requestId returns the same application and holds nothing twice', async () => {
    const checkIn = inDays(5);
    const rid = requestId();
    const payload = talentApplication({ checkIn });
    await consentFirst(cloud, ['apply-2']);
    const first = await stays('apply', payload, 'apply-2', { requestId: rid });
    const again = await stays('apply', payload, 'apply-2', { requestId: rid });
    expect(again).toEqual(first);
    expect(await freeOn('station-pudong', checkIn)).toBe(9);
    expect((await stays('mine', {}, 'apply-2')).data.items).toHaveLength(1);
  });

  it('twenty simultaneous identical submits create one application; the others get it or are told it is in progress', async () => {
    const checkIn = inDays(6);
    const rid = requestId();
    const payload = talentApplication({ checkIn });
    await consentFirst(cloud, ['apply-20x']);
    const before = await freeOn('station-pudong', checkIn);
    const replies = await Promise.all(Array.from({ length: 20 }, () => stays('apply', payload, 'apply-20x', { requestId: rid })));
    const created = replies.filter((r) => r.ok);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of created) expect(r).toEqual(created[0]);
    for (const r of replies.filter((x) => !x.ok)) expect(r.error.code).toBe('CONFLICT');
    expect((await stays('mine', {}, 'apply-20x')).data.items).toHaveLength(1);
    expect(await freeOn('station-pudong', checkIn)).toBe(before - 1);
    // Later retries, also after the application was cancelled, answer it and create nothing.
    expect(await stays('apply', payload, 'apply-20x', { requestId: rid })).toEqual(created[0]);
    expect((await stays('cancel', { id: created[0].data._id }, 'apply-20x')).data.status).toBe('cancelled');
    const late = await stays('apply', payload, 'apply-20x', { requestId: rid });
    expect(late.data).toMatchObject({ _id: created[0].data._id, status: 'cancelled' });
    expect((await stays('mine', {}, 'apply-20x')).data.items).toHaveLength(1);
    expect(await freeOn('station-pudong', checkIn)).toBe(before);
  });

  it('needs a requestId', async () => {
    await consentFirst(cloud, ['apply-3']);
    const reply = await stays('apply', talentApplication(), 'apply-3');
    expect(reply.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'requestId' }] });
  });

  it('answers NOT_ELIGIBLE with every failed rule, in the caller language', async () => {
    const reply = await apply('apply-4', { yearsAbroad: 1, intendsToWorkInShanghai: false, documents: [file('passport')] });
    expect(reply.error.code).toBe('NOT_ELIGIBLE');
    expect(reply.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['work-in-shanghai', 'years-abroad', 'work-proof']);
    const en = await stays('apply', talentApplication({ yearsAbroad: 1 }), 'apply-4', { requestId: requestId(), locale: 'en' });
    expect(en.error.details.reasons).toEqual([
      { rule: 'years-abroad', message: { 'zh-CN': '需在海外工作满 3 年', en: 'At least 3 years of work abroad are required' } },
    ]);
  });

  it('accepts a graduate of a listed university and refuses an unlisted one', async () => {
    const graduate = {
      type: 'graduate',
      yearsAbroad: undefined,
      university: 'Fudan University',
      graduationDate: today(),
      documents: [file('passport'), file('degree')],
    };
    expect((await apply('grad-1', graduate)).data.status).toBe('pending');
    expect((await apply('grad-2', { ...graduate, university: 'Nowhere College' })).error.details.reasons[0].rule).toBe('listed-university');
  });

  it.each([
    ['8 nights', { nights: 8 }, 'nights'],
    ['check-in today', { checkIn: today() }, 'checkIn'],
    ['check-in in 61 days', { checkIn: inDays(61) }, 'checkIn'],
    ['a file that is not in cloud storage', { documents: [{ ...file('passport'), fileId: 'http://x/y.pdf' }] }, 'documents.0.fileId'],
    ['a 20 MB file', { documents: [{ ...file('passport'), size: 20 * 1024 * 1024 }] }, 'documents.0.size'],
    ['a Word file', { documents: [{ ...file('passport'), type: 'docx' }] }, 'documents.0.type'],
  ])('answers VALIDATION on the field for %s', async (_t, overrides, path) => {
    const reply = await apply('apply-5', overrides);
    expect(reply.error.code).toBe('VALIDATION');
    expect(reply.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('one active application per person (identity document), and one free stay per program', async () => {
    const passport = newPassport();
    const identity = { name: 'Repeat', phone: '+8613900000000', identityDocument: { kind: 'passport', number: passport } };
    const first = await apply('repeat-1', { applicant: identity, checkIn: inDays(20) });
    expect(first.data.status).toBe('pending');
    // Same passport from another account, lower-case: still the same person.
    const second = await apply('repeat-2', {
      applicant: { ...identity, identityDocument: { kind: 'passport', number: passport.toLowerCase() } },
      checkIn: inDays(30),
    });
    expect(second.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { rule: 'one-active-application' } });
    // Cancelled: never had the stay, so may apply again.
    expect((await stays('cancel', { id: first.data._id }, 'repeat-1')).data.status).toBe('cancelled');
    const third = await apply('repeat-1', { applicant: identity, checkIn: inDays(30) });
    expect(third.data.status).toBe('pending');
    // A refused submit (no capacity, wrong input) holds nothing and claims nothing.
    const { data } = await db.collection('stay_claims').limit(1000).get();
    expect(data.filter((c: { active: string | null }) => c.active === third.data._id)).toHaveLength(1);
  });

  it('a used free stay (no-show) blocks a second one in the same program', async () => {
    const passport = newPassport();
    const applicant = { name: 'Used', phone: '+8613900000001', identityDocument: { kind: 'passport', number: passport } };
    const id = (await apply('used-1', { applicant })).data._id;
    await db
      .collection('stay_applications')
      .doc(id)
      .update({ status: 'approved', checkIn: addDays(today(), -2) });
    expect((await stays('markNoShow', { id }, 'demo-operator')).data.status).toBe('no-show');
    const again = await apply('used-1', { applicant });
    expect(again.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { rule: 'one-free-stay' } });
  });
});

describe('stays.mine and stays.get', () => {
  let id: string;
  beforeAll(async () => {
    id = (await apply('owner-1')).data._id;
  });

  it('mine lists only the caller applications', async () => {
    const mine = await stays('mine', {}, 'owner-1');
    expect(mine.data.items.map((a: { _id: string }) => a._id)).toEqual([id]);
    expect((await stays('mine', {}, 'owner-nobody')).data).toEqual({ items: [], page: 0, hasMore: false });
  });

  it.each([
    ['the owner', 'owner-1', true],
    ['another applicant', 'demo-applicant', 'NOT_FOUND'],
    ['the operator of the station', 'demo-operator', true],
    ['an operator of another station', 'operator-elsewhere', 'NOT_FOUND'],
    ['an admin', 'demo-admin', true],
  ])('get by %s → %s', async (_t, openId, expected) => {
    const reply = await stays('get', { id }, openId);
    if (expected === true) expect(reply.data._id).toBe(id);
    else expect(reply.error.code).toBe(expected);
  });

  it('a staff member reading an application is recorded in the audit log; the owner reading it is not', async () => {
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    expect(data.map((e: { actor: string; action: string }) => [e.actor, e.action]).sort()).toEqual([
      ['demo-admin', 'stays.view'],
      ['demo-operator', 'stays.view'],
    ]);
  });

  it('an id that does not exist is NOT_FOUND', async () => {
    expect((await stays('get', { id: 'stay-nope00' }, 'owner-1')).error.code).toBe('NOT_FOUND');
  });
});

describe('stays.cancel', () => {
  it('another applicant cannot cancel (NOT_FOUND); the owner can, and the nights go back', async () => {
    const checkIn = inDays(8);
    const id = (await apply('cancel-1', { checkIn })).data._id;
    expect(await freeOn('station-pudong', checkIn)).toBe(9);
    expect((await stays('cancel', { id }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await stays('cancel', { id }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    expect((await stays('cancel', { id }, 'cancel-1')).data).toMatchObject({ status: 'cancelled', held: null });
    expect(await freeOn('station-pudong', checkIn)).toBe(10);
    expect((await stays('cancel', { id }, 'cancel-1')).error.code).toBe('CONFLICT');
  });
});

describe('operator review: queue, approve, reject', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [];
    for (const who of ['queue-1', 'queue-2', 'queue-3']) ids.push((await apply(who, { checkIn: inDays(14) })).data._id);
  });

  it('the queue lists the station pending applications oldest first, filtered and paged by cursor', async () => {
    const page = await stays('queue', { checkInFrom: inDays(14), checkInTo: inDays(14), pageSize: 2 }, 'demo-operator');
    expect(page.data.items.map((a: { _id: string }) => a._id)).toEqual(ids.slice(0, 2));
    expect(page.data.nextCursor).toEqual({ at: expect.any(String), id: ids[1] });
    const next = await stays(
      'queue',
      { checkInFrom: inDays(14), checkInTo: inDays(14), pageSize: 2, cursor: page.data.nextCursor },
      'demo-operator',
    );
    expect(next.data.items.map((a: { _id: string }) => a._id)).toEqual(ids.slice(2));
    expect(next.data.nextCursor).toBeNull();
    const graduates = await stays('queue', { type: 'graduate' }, 'demo-operator');
    expect(graduates.data.items.every((a: { type: string }) => a.type === 'graduate')).toBe(true);
  });

  it.each([
    ['an applicant', 'demo-applicant', {}, 'FORBIDDEN'],
    ['an operator asking for another station', 'demo-operator', { stationId: 'station-other' }, 'FORBIDDEN'],
    ['an admin without a station', 'demo-admin', {}, 'VALIDATION'],
  ])('the queue refuses %s', async (_t, openId, payload, code) => {
    expect((await stays('queue', payload, openId)).error.code).toBe(code);
  });

  it('the station operator approves once; a second approval is CONFLICT; the audit log has before and after', async () => {
    expect((await stays('approve', { id: ids[0] }, 'demo-operator')).data.status).toBe('approved');
    expect((await stays('approve', { id: ids[0] }, 'demo-operator')).error.code).toBe('CONFLICT');
    const { data } = await db.collection('audit_logs').where({ 'target.id': ids[0] }).get();
    expect(data).toEqual([
      expect.objectContaining({ actor: 'demo-operator', action: 'stays.approve', before: 'pending', after: 'approved' }),
    ]);
  });

  it.each([
    ['an operator of another station', 'operator-elsewhere', 'FORBIDDEN'],
    ['the applicant', 'queue-2', 'FORBIDDEN'],
    ['the employer', 'demo-employer', 'FORBIDDEN'],
  ])('%s cannot approve', async (_t, openId, code) => {
    expect((await stays('approve', { id: ids[1] }, openId)).error.code).toBe(code);
  });

  it('an admin may approve at any station', async () => {
    expect((await stays('approve', { id: ids[2] }, 'demo-admin')).data.status).toBe('approved');
  });

  it('reject needs a reason; the applicant reads it; the nights go back', async () => {
    const checkIn = inDays(25);
    const id = (await apply('reject-1', { checkIn })).data._id;
    expect((await stays('reject', { id }, 'demo-operator')).error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'reason' }] });
    expect((await stays('reject', { id, reason: '材料不清晰' }, 'demo-operator')).data).toMatchObject({
      status: 'rejected',
      reason: '材料不清晰',
    });
    expect((await stays('get', { id }, 'reject-1')).data.reason).toBe('材料不清晰');
    expect(await freeOn('station-pudong', checkIn)).toBe(10);
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    expect(data[0]).toMatchObject({ action: 'stays.reject', before: 'pending', after: 'rejected', note: { reason: '材料不清晰' } });
  });
});

describe('check-in, check-out, no-show', () => {
  /** An approved stay that started `startOffset` days from today, its nights really held. */
  async function approvedStay(startOffset: number, nights = 3): Promise<string> {
    const checkIn = addDays(today(), startOffset);
    const id = `stay-fixture-${Math.random().toString(36).slice(2)}`;
    await holdDates(db, {
      collection: 'stay_nights',
      stationId: 'station-pudong',
      dates: datesFrom(checkIn, nights),
      n: 1,
      capacity: 10,
      holder: id,
      now: now(),
    });
    await db.collection('stay_applications').add({
      _id: id,
      stationId: 'station-pudong',
      type: 'overseas-professional',
      program: 'talent',
      ownerId: 'fixture-owner',
      person: { name: 'F', phoneMasked: '*********0009', idKind: 'passport', idMasked: '****0000' },
      idHash: `h-${id}`,
      checkIn,
      nights,
      held: { first: checkIn, end: addDays(checkIn, nights) },
      status: 'approved',
      facts: {},
      documents: [],
      pickup: null,
      reason: null,
      offerExpiresAt: null,
      submittedAt: new Date(),
      updatedAt: new Date(),
    });
    return id;
  }

  it('checks in on the check-in date and out early, giving back the nights from today', async () => {
    const id = await approvedStay(0);
    expect((await stays('checkIn', { id }, 'operator-elsewhere')).error.code).toBe('FORBIDDEN');
    expect((await stays('checkIn', { id }, 'demo-operator')).data.status).toBe('checked-in');
    const before = await freeOn('station-pudong', addDays(today(), 1));
    expect((await stays('checkOut', { id }, 'demo-operator')).data).toMatchObject({ status: 'checked-out', held: null });
    expect(await freeOn('station-pudong', addDays(today(), 1))).toBe(before + 1);
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    expect(data.map((e: { after: string }) => e.after).sort()).toEqual(['checked-in', 'checked-out']);
  });

  it('refuses check-in before the check-in date and check-out before check-in', async () => {
    const id = await approvedStay(3);
    // The operator is told the day it opens, not that the record changed (a refresh changes nothing).
    expect((await stays('checkIn', { id }, 'demo-operator')).error).toMatchObject({
      code: 'CONFLICT',
      message: `入住日期为 ${inDays(3)}，当天起方可办理入住`,
      details: { rule: 'check-in-date' },
    });
    expect((await stays('checkOut', { id }, 'demo-operator')).error.code).toBe('CONFLICT');
  });

  it('marks a no-show only after noon the day after check-in, and the nights go back', async () => {
    const early = await approvedStay(0);
    expect((await stays('markNoShow', { id: early }, 'demo-operator', { locale: 'en' })).error).toMatchObject({
      code: 'CONFLICT',
      message: `The guest may check in until 12:00 on ${inDays(1)}; mark a no-show only after that`,
      details: { rule: 'no-show-deadline' },
    });
    const late = await approvedStay(-2);
    expect((await stays('markNoShow', { id: late }, 'demo-applicant')).error.code).toBe('FORBIDDEN');
    expect((await stays('markNoShow', { id: late }, 'demo-operator')).data).toMatchObject({ status: 'no-show', held: null });
  });
});

describe('stays.requestPickup', () => {
  it('records airport pickup near check-in for the owner only', async () => {
    const checkIn = inDays(16);
    const id = (await apply('pickup-1', { checkIn })).data._id;
    const pickup = { id, place: 'PVG', number: 'mu5101', arrivalAt: `${addDays(checkIn, -1)}T21:30:00+08:00` };
    expect((await stays('requestPickup', pickup, 'pickup-1', { requestId: requestId() })).data.pickup).toMatchObject({
      place: 'PVG',
      number: 'MU5101',
    });
    expect((await stays('get', { id }, 'demo-operator')).data.pickup.number).toBe('MU5101');
    expect((await stays('requestPickup', pickup, 'demo-applicant', { requestId: requestId() })).error.code).toBe('NOT_FOUND');
    const far = await stays('requestPickup', { ...pickup, arrivalAt: `${addDays(checkIn, -5)}T10:00:00+08:00` }, 'pickup-1', {
      requestId: requestId(),
    });
    expect(far.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'arrivalAt' }] });
    expect((await stays('requestPickup', { ...pickup, place: 'PEK' }, 'pickup-1', { requestId: requestId() })).error.code).toBe(
      'VALIDATION',
    );
  });
});

describe('stays.applyForGuest', () => {
  const guestBooking = () => ({
    stationId: 'station-pudong',
    checkIn: inDays(17),
    nights: 2,
    guest: { name: 'Dr. Visiting', phone: '+4915100000000', identityDocument: { kind: 'passport', number: newPassport() } },
    purpose: 'visiting-expert',
    employerName: '示例科技',
    documents: [file('passport')],
  });

  it('a verified employer books for a named guest and follows the application', async () => {
    const reply = await stays('applyForGuest', guestBooking(), 'demo-employer', { requestId: requestId() });
    expect(reply.data).toMatchObject({
      status: 'pending',
      type: 'employer-guest',
      ownerId: 'demo-employer',
      person: { name: 'Dr. Visiting' },
    });
    expect((await stays('mine', {}, 'demo-employer')).data.items[0]._id).toBe(reply.data._id);
  });

  it('anyone else is NOT_ELIGIBLE, told why', async () => {
    const reply = await stays('applyForGuest', guestBooking(), 'demo-applicant', { requestId: requestId() });
    expect(reply.error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: { reasons: [expect.objectContaining({ rule: 'verified-employer' })] },
    });
  });
});

describe('team members', () => {
  it('stay up to 14 nights when their team seat application is approved and they are on it', async () => {
    const passport = newPassport();
    const hash = identityHash({ kind: 'passport', number: passport }, LOCAL_ID_HASH_KEY);
    await db
      .collection('seat_applications')
      .add({ _id: 'seat-fixture-1', ownerId: 'team-leader', status: 'approved', leaderIdHash: 'x', memberIdHashes: [hash] });
    const member = {
      type: 'team-member',
      seatApplicationId: 'seat-fixture-1',
      nights: 14,
      yearsAbroad: undefined,
      documents: [file('passport')],
    };
    const applicant = { name: 'Member', phone: '+8613800000010', identityDocument: { kind: 'passport', number: passport } };
    expect((await apply('member-1', { ...member, applicant })).data).toMatchObject({ status: 'pending', nights: 14 });
    const stranger = await apply('member-2', member);
    expect(stranger.error.details.reasons[0].rule).toBe('team-membership');
  });
});

describe('the waitlist', () => {
  it('offers freed nights to the first waitlisted applicant, who confirms into review', async () => {
    await addStation(db, 'station-tiny', 1);
    const checkIn = inDays(20);
    const at = { stationId: 'station-tiny', checkIn, nights: 2 };
    const first = await apply('wait-1', at);
    expect(first.data.status).toBe('pending');
    expect((await apply('wait-2', at)).error.code).toBe('NO_CAPACITY');
    const second = await apply('wait-3', { ...at, joinWaitlist: true });
    expect(second.data).toMatchObject({ status: 'waitlisted', held: null });
    const third = await apply('wait-4', { ...at, joinWaitlist: true });
    expect(third.data.status).toBe('waitlisted');
    await stays('cancel', { id: first.data._id }, 'wait-1');
    const offered = await stays('get', { id: second.data._id }, 'wait-3');
    expect(offered.data.status).toBe('offered');
    expect(new Date(offered.data.offerExpiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect((await stays('get', { id: third.data._id }, 'wait-4')).data.status).toBe('waitlisted');
    expect(await freeOn('station-tiny', checkIn)).toBe(0);
    expect((await stays('confirmOffer', { id: second.data._id }, 'wait-4')).error.code).toBe('NOT_FOUND');
    expect((await stays('confirmOffer', { id: second.data._id }, 'wait-3')).data.status).toBe('pending');
  });
});

describe('the stays function contract', () => {
  it('lists its actions for an unknown one', async () => {
    const reply = await stays('nope', {}, 'demo-applicant', { locale: 'en' });
    expect(reply.error.issues[0].message).toMatch(/quote, apply, applyForGuest, mine, get, cancel/);
  });
});

describe('stays.sweep (the scheduler work, run by an admin)', () => {
  it('expires stays unreviewed for 5 working days, marks no-shows, lapses offers and offers the nights on', async () => {
    await addStation(db, 'station-sweep', 1);
    const checkIn = inDays(21);
    const at = { stationId: 'station-sweep', checkIn, nights: 2 };
    const stale = (await apply('sweep-1', at)).data._id;
    const waiting = (await apply('sweep-2', { ...at, joinWaitlist: true })).data._id;
    await db
      .collection('stay_applications')
      .doc(stale)
      .update({ submittedAt: new Date(Date.now() - 10 * 86_400_000) });
    const noShow = (await apply('sweep-3')).data._id;
    await db
      .collection('stay_applications')
      .doc(noShow)
      .update({ status: 'approved', checkIn: addDays(today(), -2) });

    expect((await stays('sweep', {}, 'demo-operator')).error.code).toBe('FORBIDDEN');
    const first = await stays('sweep', {}, 'demo-admin');
    expect(first.data.expired).toBeGreaterThanOrEqual(1);
    expect((await stays('get', { id: stale }, 'sweep-1')).data.status).toBe('expired');
    expect((await stays('get', { id: noShow }, 'sweep-3')).data.status).toBe('no-show');
    // The expired stay's nights went to the waitlist.
    expect((await stays('get', { id: waiting }, 'sweep-2')).data.status).toBe('offered');
    const { data } = await db.collection('audit_logs').where({ 'target.id': stale }).get();
    expect(data[0]).toMatchObject({ actor: 'demo-admin', action: 'stays.expire', before: 'pending', after: 'expired' });

    // The offer is not confirmed in time.
    await db
      .collection('stay_applications')
      .doc(waiting)
      .update({ offerExpiresAt: new Date(Date.now() - 1000) });
    expect((await stays('confirmOffer', { id: waiting }, 'sweep-2')).error.code).toBe('CONFLICT');
    expect((await stays('sweep', {}, 'demo-admin')).data.offersLapsed).toBe(1);
    expect((await stays('get', { id: waiting }, 'sweep-2')).data).toMatchObject({ status: 'expired', held: null });
    expect(await freeOn('station-sweep', checkIn)).toBe(1);
  });
});
