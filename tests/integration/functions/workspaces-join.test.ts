import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, dbOf, file, inDays, newPassport, requestId, type Db } from '../../support/stays';

/**
 * Inviting members by share card: the leader's link (`workspaces.invite`), what it opens (`invitation`), joining
 * (`joinTeam`) and the joined team's booking (`joined`), with every role and every refusal.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
const seats = (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'workspaces', { action, payload, ...extra }, openId).then((r) => r.body);
const account = (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'account', { action, payload, ...extra }, openId).then((r) => r.body);

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  await addStation(db, 'station-other', 4, 4);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-other');
});
afterAll(() => cloud.stop());

const doc = () => ({ kind: 'passport' as const, number: newPassport() });
const memberOf = (name: string, phone = '13700001111', identityDocument = doc()) => ({ name, phone, identityDocument });

/** A pending team of `leader` with `members` listed by the leader; answers its id. */
async function newTeam(leader: string, members: ReturnType<typeof memberOf>[] = [], stationId = 'station-pudong'): Promise<string> {
  await consentFirst(cloud, [leader]);
  const reply = await seats(
    'apply',
    {
      stationId,
      seats: 1,
      months: 1,
      startDate: inDays(10),
      team: {
        name: `团队 ${leader}`,
        leader: { name: '队长', phone: '+8613800000000', identityDocument: doc() },
        members,
        projectSummary: '一个需要工位的创业团队',
      },
      documents: [file('business-plan')],
    },
    leader,
    { requestId: requestId() },
  );
  expect(reply.ok).toBe(true);
  return reply.data._id;
}
const inviteOf = async (id: string, leader: string, renew = false) =>
  (await seats('invite', { id, ...(renew ? { renew } : {}) }, leader)).data as { token: string; path: string; expiresAt: string };
const join = async (openId: string, input: { id: string; token: string }, member = memberOf(`成员 ${openId}`), rid = requestId()) => {
  await consentFirst(cloud, [openId]);
  return seats('joinTeam', { ...input, member }, openId, { requestId: rid });
};
const stored = async (id: string) => (await db.collection('seat_applications').doc(id).get()).data[0];

describe("workspaces.invite: the leader's link", () => {
  it("is the leader's only, the same on every call until renewed; a renewed link voids the old one", async () => {
    const id = await newTeam('inv-leader-1');
    const first = await inviteOf(id, 'inv-leader-1');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.path).toBe(`/apply/pages/join/index?id=${id}&token=${first.token}`);
    expect((await inviteOf(id, 'inv-leader-1')).token).toBe(first.token);
    for (const other of ['demo-applicant', 'demo-operator', 'demo-admin', 'operator-elsewhere']) {
      expect((await seats('invite', { id }, other)).error.code).toBe('NOT_FOUND');
    }
    // Nobody else's view carries the invite: not the operator's, not the leader's own get (they ask `invite`).
    expect(JSON.stringify(await seats('get', { id }, 'demo-operator'))).not.toContain(first.token);
    expect(JSON.stringify(await seats('get', { id }, 'inv-leader-1'))).not.toMatch(/invite|memberOpenIds/);
    const renewed = await inviteOf(id, 'inv-leader-1', true);
    expect(renewed.token).not.toBe(first.token);
    expect((await seats('invitation', { id, token: first.token }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await join('inv-late', { id, token: first.token })).error.code).toBe('NOT_FOUND');
    expect((await seats('invitation', { id, token: renewed.token }, 'demo-applicant')).ok).toBe(true);
  });

  it('is refused once the application is cancelled (CONFLICT), and its link stops working', async () => {
    const id = await newTeam('inv-leader-2');
    const { token } = await inviteOf(id, 'inv-leader-2');
    expect((await seats('cancel', { id }, 'inv-leader-2')).data.status).toBe('cancelled');
    expect((await seats('invite', { id }, 'inv-leader-2')).error).toMatchObject({ code: 'CONFLICT', details: { rule: 'team-closed' } });
    expect((await join('inv-closed', { id, token })).error).toMatchObject({ code: 'CONFLICT', details: { rule: 'team-closed' } });
    expect((await seats('invitation', { id, token }, 'inv-closed')).data).toMatchObject({ open: false, status: 'cancelled' });
  });
});

describe('workspaces.invitation: what the link opens', () => {
  it("shows the team, station, seats and term to anyone with the link, and nobody's personal data", async () => {
    const id = await newTeam('inv-leader-3', [memberOf('已列成员', '13711112222')]);
    const { token } = await inviteOf(id, 'inv-leader-3');
    const reply = await seats('invitation', { id, token }, 'demo-employer');
    expect(reply.data).toMatchObject({
      id,
      teamName: '团队 inv-leader-3',
      station: { id: 'station-pudong' },
      seats: 1,
      months: 1,
      startDate: inDays(10),
      people: 2,
      maxTeamSize: 10,
      open: true,
      expired: false,
      leader: false,
      joined: false,
    });
    expect(JSON.stringify(reply)).not.toMatch(/队长|已列成员|1371111|8613800000000|"inv-leader-3"/);
    expect((await seats('invitation', { id, token }, 'inv-leader-3')).data.leader).toBe(true);
  });

  it.each([
    ['a wrong token', (id: string) => ({ id, token: 'A'.repeat(22) })],
    ['an unknown application', () => ({ id: 'seat-00000000-0000-0000-0000-000000000000', token: 'A'.repeat(22) })],
  ])('answers NOT_FOUND for %s', async (_t, payload) => {
    const id = await newTeam(`inv-leader-4-${_t.length}`);
    await inviteOf(id, `inv-leader-4-${_t.length}`);
    expect((await seats('invitation', payload(id), 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await join('inv-wrong', payload(id))).error.code).toBe('NOT_FOUND');
  });
});

describe('workspaces.joinTeam', () => {
  it('adds the caller as a member with their openid; idempotent by requestId and by openid; audited; listed in joined', async () => {
    const id = await newTeam('join-leader-1');
    const { token } = await inviteOf(id, 'join-leader-1');
    const rid = requestId();
    const me = memberOf('新成员', '13855556666');
    const first = await join('joiner-1', { id, token }, me, rid);
    expect(first.data).toEqual({
      _id: id,
      role: 'member',
      stationId: 'station-pudong',
      team: { name: '团队 join-leader-1' },
      seats: 1,
      months: 1,
      startDate: inDays(10),
      endDate: expect.any(String),
      status: 'pending',
      seatNumbers: [],
      reason: null,
      submittedAt: expect.any(String),
    });
    expect(await join('joiner-1', { id, token }, me, rid)).toEqual(first);
    // Another requestId, another device: the same person joins once.
    expect((await join('joiner-1', { id, token }, memberOf('新成员', '13855556666'))).data._id).toBe(id);
    const app = await stored(id);
    expect(app.team.members).toHaveLength(1);
    expect(app.memberOpenIds).toEqual(['joiner-1']);
    expect(app.team.members[0]).toMatchObject({ name: '新成员', phoneMasked: '*******6666', openId: 'joiner-1' });
    expect(JSON.stringify(app)).not.toContain('13855556666');

    const leaderView = (await seats('get', { id }, 'join-leader-1')).data;
    expect(leaderView.team.members).toEqual([
      {
        name: '新成员',
        phoneMasked: '*******6666',
        idKind: 'passport',
        idMasked: expect.stringMatching(/^\*+\d{4}$/),
        joinedAt: expect.any(String),
      },
    ]);
    expect((await seats('reveal', { id }, 'demo-operator')).data.members).toEqual([
      expect.objectContaining({ name: '新成员', phone: '13855556666', idNumber: me.identityDocument.number }),
    ]);

    expect((await seats('joined', {}, 'joiner-1')).data).toEqual({ items: [first.data], page: 0, hasMore: false });
    expect((await seats('mine', {}, 'joiner-1')).data.items).toEqual([]);
    // Read-only: the booking is the leader's to cancel or see in full.
    expect((await seats('cancel', { id }, 'joiner-1')).error.code).toBe('NOT_FOUND');
    expect((await seats('get', { id }, 'joiner-1')).error.code).toBe('NOT_FOUND');

    const { data: audit } = await db.collection('audit_logs').where({ 'target.id': id }).get();
    const joins = audit.filter((e: { action: string }) => e.action === 'workspaces.joinTeam');
    expect(joins).toEqual([
      expect.objectContaining({ actor: 'joiner-1', before: 'pending', after: 'pending', note: { people: 2, claimed: false } }),
    ]);
    expect(JSON.stringify(joins)).not.toMatch(/新成员|13855556666/);
  });

  it("needs privacy consent first, a requestId, and a mainland mobile (VALIDATION on the field, in the caller's language)", async () => {
    const id = await newTeam('join-leader-2');
    const { token } = await inviteOf(id, 'join-leader-2');
    const noConsent = await seats('joinTeam', { id, token, member: memberOf('甲') }, 'join-no-consent', { requestId: requestId() });
    expect(noConsent.error).toMatchObject({ code: 'FORBIDDEN', details: { consentRequired: expect.any(String) } });
    await consentFirst(cloud, ['join-fields']);
    expect((await seats('joinTeam', { id, token, member: memberOf('甲') }, 'join-fields')).error.issues[0].path).toBe('requestId');
    const bad = await seats('joinTeam', { id, token, member: memberOf('甲', '+4915112345678') }, 'join-fields', {
      requestId: requestId(),
      locale: 'en',
    });
    expect(bad.error).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: 'member.phone' })] });
    expect((await stored(id)).team.members).toEqual([]);
  });

  it('refuses the leader, by account or by identity document from another account', async () => {
    const leaderDoc = doc();
    await consentFirst(cloud, ['join-leader-3']);
    const reply = await seats(
      'apply',
      {
        stationId: 'station-pudong',
        seats: 1,
        months: 1,
        startDate: inDays(12),
        team: {
          name: '自己的团队',
          leader: { name: '队长', phone: '13800000000', identityDocument: leaderDoc },
          members: [],
          projectSummary: '一个需要工位的创业团队',
        },
        documents: [file('business-plan')],
      },
      'join-leader-3',
      { requestId: requestId() },
    );
    const id = reply.data._id;
    const { token } = await inviteOf(id, 'join-leader-3');
    expect((await join('join-leader-3', { id, token })).error).toMatchObject({ code: 'CONFLICT', details: { rule: 'own-team' } });
    expect((await join('join-leader-3-alt', { id, token }, memberOf('队长', '13800000000', leaderDoc))).error).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'own-team' },
    });
    expect((await stored(id)).team.members).toEqual([]);
  });

  it('refuses an expired invite (CONFLICT invite-expired) and writes nothing', async () => {
    const id = await newTeam('join-leader-4');
    const { token } = await inviteOf(id, 'join-leader-4');
    // The token is a MAC of the invite's expiry too: an invite aged in place voids the link that was shared...
    const aged = { version: 1, expiresAt: new Date(Date.now() - 1000) };
    await db
      .collection('seat_applications')
      .doc(id)
      .update({ invite: db.command.set(aged) });
    expect((await join('join-expired', { id, token })).error.code).toBe('NOT_FOUND');
    // ...and the token made for that expiry is known, but expired.
    const { inviteToken } = await import('../../../cloudfunctions/workspaces/invite-token');
    const { readConfig } = await import('../../../cloudfunctions/_shared/config');
    const agedToken = inviteToken(readConfig().idHashKey, id, aged);
    expect((await seats('invitation', { id, token: agedToken }, 'join-expired')).data).toMatchObject({ expired: true });
    expect((await join('join-expired', { id, token: agedToken })).error).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'invite-expired' },
    });
    expect((await stored(id)).team.members).toEqual([]);
    // The leader asking for the link again gets a fresh one that works.
    const fresh = await inviteOf(id, 'join-leader-4');
    expect((await join('join-expired', { id, token: fresh.token })).ok).toBe(true);
  });

  it('refuses the 11th person (QUOTA_EXCEEDED team-full); a listed person claims their own entry even then', async () => {
    const listed = memberOf('已列成员', '13700000009');
    const id = await newTeam('join-leader-5', [listed, ...Array.from({ length: 8 }, (_, i) => memberOf(`成员${i}`))]);
    const { token } = await inviteOf(id, 'join-leader-5');
    expect((await join('join-eleventh', { id, token })).error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { rule: 'team-full' } });
    const claimed = await join('join-listed', { id, token }, { ...listed, phone: '13700000010' });
    expect(claimed.ok).toBe(true);
    const app = await stored(id);
    expect(app.team.members).toHaveLength(9);
    expect(app.team.members[0]).toMatchObject({ name: '已列成员', phoneMasked: '*******0010', openId: 'join-listed' });
    expect(app.memberOpenIds).toEqual(['join-listed']);
    // The same document from yet another account: it is someone's entry already.
    expect((await join('join-listed-twin', { id, token }, listed)).error).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'already-member' },
    });
  });

  it('ten people racing for the last place: exactly one joins, the team never has more than ten', async () => {
    const id = await newTeam(
      'join-leader-6',
      Array.from({ length: 8 }, (_, i) => memberOf(`成员${i}`)),
    );
    const { token } = await inviteOf(id, 'join-leader-6');
    const racers = Array.from({ length: 10 }, (_, i) => `join-racer-${i}`);
    await consentFirst(cloud, racers);
    const replies = await Promise.all(
      racers.map((openId) => seats('joinTeam', { id, token, member: memberOf(openId) }, openId, { requestId: requestId() })),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    for (const r of replies.filter((x) => !x.ok)) expect(r.error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { rule: 'team-full' } });
    const app = await stored(id);
    expect(app.team.members).toHaveLength(9);
    expect(app.memberOpenIds).toHaveLength(1);
  });

  it('one person tapping join on two devices at once joins once', async () => {
    const id = await newTeam('join-leader-7');
    const { token } = await inviteOf(id, 'join-leader-7');
    await consentFirst(cloud, ['join-twice']);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => seats('joinTeam', { id, token, member: memberOf('两次') }, 'join-twice', { requestId: requestId() })),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    const app = await stored(id);
    expect(app.team.members).toHaveLength(1);
    expect(app.memberOpenIds).toEqual(['join-twice']);
  });

  it("a joined member's data: exported with their phone opened, and blanked when they delete their account", async () => {
    const id = await newTeam('join-leader-8');
    const { token } = await inviteOf(id, 'join-leader-8');
    const me = memberOf('导出成员', '13912120000');
    expect((await join('join-exporter', { id, token }, me)).ok).toBe(true);
    const exported = (await account('exportMyData', {}, 'join-exporter')).data;
    expect(exported.seat_applications.memberOf).toEqual([
      expect.objectContaining({
        _id: id,
        memberEntries: [expect.objectContaining({ name: '导出成员', phone: '13912120000', idNumber: me.identityDocument.number })],
      }),
    ]);
    expect((await seats('cancel', { id }, 'join-leader-8')).ok).toBe(true);
    expect(
      (await account('deleteMyAccount', { confirm: 'DELETE' }, 'join-exporter', { requestId: requestId() })).data.anonymised.memberEntries,
    ).toBe(1);
    const app = await stored(id);
    expect(app.team.members).toEqual([{ name: '', idKind: 'passport', idMasked: '' }]);
    expect(app.memberOpenIds).toEqual([]);
    expect((await seats('joined', {}, 'join-exporter')).data.items).toEqual([]);
  });
});
