import { addDays } from '../../../core/dates';
import { acceptPrivacyPolicy } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, requestId, today } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

const call = async (action: string, payload: unknown, openId: string, rid?: string) =>
  (await callFunction(cloud, 'liaisons', { action, payload, ...(rid ? { requestId: rid } : {}) }, openId)).body;

/** The seeded personas, one per role (local-cloud/seed/demo-district.ts). */
const PERSONAS = {
  applicant: 'demo-applicant',
  employer: 'demo-employer',
  operator: 'demo-operator',
  unit: 'demo-unit',
  admin: 'demo-admin',
} as const;
const others = (...allowed: string[]) => Object.entries(PERSONAS).filter(([role]) => !allowed.includes(role));

let serial = 0;
/** Users of this test only: liaisons (unit handlers of unit-hrss) and talents. */
async function newUsers(kind: 'unit' | 'talent', n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    serial += 1;
    const openId = `li-${kind}-${serial}`;
    await addUser(dbOf(cloud), openId, kind === 'unit' ? ['applicant', 'unit'] : ['applicant']);
    if (kind === 'unit') await dbOf(cloud).collection('users').doc(openId).update({ unitId: 'unit-hrss' });
    ids.push(openId);
  }
  return ids;
}
const csv = (rows: string[][]) => ['liaisonId,talentId', ...rows.map((r) => r.join(','))].join('\r\n');
const pairsOf = async (liaison: string) =>
  (await call('myTalents', {}, liaison)).data.items.map((t: { talentId: string }) => t.talentId).sort();

describe('liaisons.importPairs and assign', () => {
  it('writes nothing when any row is wrong, and says which lines', async () => {
    const [k1] = await newUsers('unit', 1);
    const [t1, t2] = await newUsers('talent', 2);
    const reply = await call('importPairs', { csv: csv([[k1, t1], [t1, t2], [k1, 'nobody'], [k1, t1], ['only-one']]) }, 'demo-admin');
    expect(reply.data).toMatchObject({ applied: false, added: 1 });
    expect(reply.data.errors.map((e: { line: number; reason: { rule: string } }) => [e.line, e.reason.rule])).toEqual([
      [3, 'not-a-liaison'],
      [4, 'unknown-talent'],
      [5, 'talent-twice'],
      [6, 'row-format'],
    ]);
    expect(await pairsOf(k1)).toEqual([]);
  });

  it('pairs in bulk, moves a talent to a new liaison (the old pair kept as ended), and is safe to repeat', async () => {
    const [k1, k2] = await newUsers('unit', 2);
    const [t1, t2, t3] = await newUsers('talent', 3);
    const dry = await call(
      'importPairs',
      {
        csv: csv([
          [k1, t1],
          [k1, t2],
        ]),
        dryRun: true,
      },
      'demo-admin',
    );
    expect(dry.data).toMatchObject({ applied: false, added: 2, errors: [] });
    expect(await pairsOf(k1)).toEqual([]);

    const first = await call(
      'importPairs',
      {
        csv: `\uFEFF${csv([
          [k1, t1],
          [k1, t2],
        ])}\r\n`,
      },
      'demo-admin',
    );
    expect(first.data).toEqual({ applied: true, added: 2, moved: 0, unchanged: 0, errors: [] });
    expect(await pairsOf(k1)).toEqual([t1, t2].sort());

    const second = await call(
      'importPairs',
      {
        csv: csv([
          [k1, t1],
          [k2, t2],
          [k2, t3],
        ]),
      },
      'demo-admin',
    );
    expect(second.data).toEqual({ applied: true, added: 1, moved: 1, unchanged: 1, errors: [] });
    expect(await pairsOf(k1)).toEqual([t1]);
    expect(await pairsOf(k2)).toEqual([t2, t3].sort());
    const { data: ended } = await dbOf(cloud).collection('liaison_pairs').where({ talentId: t2, active: false }).limit(5).get();
    expect(ended).toEqual([expect.objectContaining({ liaisonId: k1, endedOn: today() })]);
    const { data: audit } = await dbOf(cloud).collection('audit_logs').where({ 'target.id': t2 }).limit(5).get();
    expect(audit.map((a: { action: string; before: unknown; after: unknown }) => [a.action, a.before, a.after])).toEqual(
      expect.arrayContaining([
        ['liaisons.assign', null, k1],
        ['liaisons.assign', k1, k2],
      ]),
    );
  });

  it('assign pairs one talent, refusing a liaison who is not a unit handler', async () => {
    const [k1] = await newUsers('unit', 1);
    const [t1, t2] = await newUsers('talent', 2);
    expect((await call('assign', { liaisonId: k1, talentId: t1 }, 'demo-admin')).data).toMatchObject({ applied: true, added: 1 });
    expect((await call('assign', { liaisonId: k1, talentId: t1 }, 'demo-admin')).data).toMatchObject({ applied: true, unchanged: 1 });
    const refused = await call('assign', { liaisonId: t2, talentId: t1 }, 'demo-admin');
    expect(refused.data).toMatchObject({ applied: false, errors: [{ line: 2, reason: { rule: 'not-a-liaison' } }] });
    expect(await pairsOf(k1)).toEqual([t1]);
  });

  it('pairs lists the pairs in force with both names, one liaison at a time, a page at a time', async () => {
    const [k1, k2] = await newUsers('unit', 2);
    const [t1, t2, t3] = await newUsers('talent', 3);
    await call(
      'importPairs',
      {
        csv: csv([
          [k1, t1],
          [k1, t2],
          [k2, t3],
        ]),
      },
      'demo-admin',
    );
    await call('assign', { liaisonId: k2, talentId: t2 }, 'demo-admin');
    const mine = await call('pairs', { liaisonId: k2 }, 'demo-admin');
    expect(mine.data.items.map((p: { talentId: string; liaisonId: string }) => [p.liaisonId, p.talentId])).toEqual(
      [
        [k2, t2],
        [k2, t3],
      ].sort((a, b) => a[1].localeCompare(b[1])),
    );
    expect(mine.data.items[0]).toMatchObject({ pairedOn: today(), overdue: false, liaisonName: expect.any(String) });
    const first = await call('pairs', { pageSize: 2 }, 'demo-admin');
    expect(first.data).toMatchObject({ page: 0, hasMore: true });
    expect(first.data.items).toHaveLength(2);
    const second = await call('pairs', { page: 1, pageSize: 2 }, 'demo-admin');
    expect(second.data.items[0].talentId).not.toBe(first.data.items[1].talentId);
  });

  it.each(others('admin'))('refuses %s', async (_role, openId) => {
    expect((await call('pairs', {}, openId)).error.code).toBe('FORBIDDEN');
    expect((await call('assign', { liaisonId: 'demo-unit', talentId: 'demo-team' }, openId)).error.code).toBe('FORBIDDEN');
    expect((await call('importPairs', { csv: csv([['demo-unit', 'demo-team']]) }, openId)).error.code).toBe('FORBIDDEN');
  });
});

describe('a liaison and their talents', () => {
  let liaison: string;
  let other: string;
  let talent: string;

  beforeAll(async () => {
    [liaison, other] = await newUsers('unit', 2);
    [talent] = await newUsers('talent', 1);
    await call('assign', { liaisonId: liaison, talentId: talent }, 'demo-admin');
    await acceptPrivacyPolicy(cloud, liaison);
    await acceptPrivacyPolicy(cloud, other);
    await acceptPrivacyPolicy(cloud, talent);
  });

  it('myTalents: the seeded demo liaison sees their five talents, the one longest without contact first', async () => {
    const reply = await call('myTalents', {}, 'demo-unit');
    expect(reply.data.items.map((t: { talentId: string }) => t.talentId)).toEqual(
      expect.arrayContaining(['demo-applicant', 'demo-team', 'demo-talent-chen', 'demo-talent-liu', 'demo-talent-zhou']),
    );
    expect(reply.data.items[0]).toMatchObject({
      talentId: 'demo-talent-chen',
      displayName: '陈海归',
      weeksSinceContact: 7,
      overdue: false,
    });
  });

  it('myTalents: a new pair has had no contact, due in eight weeks', async () => {
    const reply = await call('myTalents', {}, liaison);
    expect(reply.data.items).toEqual([
      {
        talentId: talent,
        displayName: talent,
        pairedOn: today(),
        lastContactOn: null,
        weeksSinceContact: 0,
        contactDueOn: addDays(today(), 56),
        overdue: false,
      },
    ]);
    expect((await call('myTalents', {}, other)).data.items).toEqual([]);
  });

  it('logVisit records a 走访记录 once per requestId and moves the due date on; not in the future, not for others', async () => {
    const rid = requestId();
    const on = today();
    const visit = { talentId: talent, on, topic: '了解住房需求', followUp: '下周帮助提交人才公寓申请' };
    const first = await call('logVisit', visit, liaison, rid);
    expect(first.data).toMatchObject({ talentId: talent, on, topic: '了解住房需求' });
    expect((await call('logVisit', visit, liaison, rid)).data.id).toBe(first.data.id);
    const { data } = await dbOf(cloud).collection('liaison_contacts').where({ talentId: talent }).limit(10).get();
    expect(data.filter((c: { kind: string }) => c.kind === 'visit')).toHaveLength(1);
    const [item] = (await call('myTalents', {}, liaison)).data.items;
    expect(item).toMatchObject({ lastContactOn: on, contactDueOn: addDays(on, 56) });

    expect((await call('logVisit', { ...visit, on: addDays(today(), 1) }, liaison, requestId())).error.code).toBe('VALIDATION');
    expect((await call('logVisit', visit, other, requestId())).error.code).toBe('NOT_FOUND');
    expect((await call('logVisit', visit, liaison)).error.code).toBe('VALIDATION');
  });

  it('fileForTalent files a request the talent owns, through the requests path, counted as a contact', async () => {
    const rid = requestId();
    const payload = { talentId: talent, category: 'housing', title: '人才公寓申请咨询', body: '代为咨询人才公寓的申请条件' };
    const reply = await call('fileForTalent', payload, liaison, rid);
    expect(reply.data).toMatchObject({ talentId: talent, status: 'submitted' });
    expect((await call('fileForTalent', payload, liaison, rid)).data.requestId).toBe(reply.data.requestId);
    const { data } = await dbOf(cloud).collection('requests').where({ applicantId: talent }).limit(10).get();
    expect(data).toEqual([expect.objectContaining({ category: 'housing', filedBy: liaison, status: 'submitted' })]);
    const mine = (await callFunction(cloud, 'requests', { action: 'mine', payload: {} }, talent)).body;
    expect(mine.data.items).toHaveLength(1);
    const [item] = (await call('myTalents', {}, liaison)).data.items;
    expect(item).toMatchObject({ lastContactOn: today(), weeksSinceContact: 0 });

    expect((await call('fileForTalent', { ...payload, category: 'no-such' }, liaison, requestId())).error.code).toBe('VALIDATION');
    expect((await call('fileForTalent', payload, other, requestId())).error.code).toBe('NOT_FOUND');
  });

  it('viewTalent shows the talent’s bookings, requests and visits to their liaison only, every view audited', async () => {
    const reply = await call('viewTalent', { talentId: talent }, liaison);
    expect(reply.ok).toBe(true);
    expect(reply.data.talent.talentId).toBe(talent);
    expect(reply.data.requests).toEqual([expect.objectContaining({ title: '人才公寓申请咨询', status: 'submitted' })]);
    expect(reply.data.visits).toEqual([expect.objectContaining({ topic: '了解住房需求' })]);
    expect(reply.data.stays).toEqual([]);
    const { data: audit } = await dbOf(cloud).collection('audit_logs').where({ 'target.id': talent }).limit(20).get();
    expect(audit.filter((a: { action: string; actor: string }) => a.action === 'liaisons.view' && a.actor === liaison)).toHaveLength(1);

    expect((await call('viewTalent', { talentId: talent }, other)).error.code).toBe('NOT_FOUND');
    expect((await call('viewTalent', { talentId: 'demo-applicant' }, liaison)).error.code).toBe('NOT_FOUND');
  });

  it('askMyLiaison: the talent writes to their liaison through a request, and the liaison is told', async () => {
    const rid = requestId();
    const payload = { category: 'education', title: '孩子转学', body: '想请科长帮忙了解转学手续' };
    const reply = await call('askMyLiaison', payload, talent, rid);
    expect(reply.data).toMatchObject({ talentId: talent, status: 'submitted' });
    expect((await call('askMyLiaison', payload, talent, rid)).data.requestId).toBe(reply.data.requestId);
    const { data: requests } = await dbOf(cloud).collection('requests').where({ _id: reply.data.requestId }).limit(1).get();
    expect(requests[0]).toMatchObject({ applicantId: talent, forLiaison: liaison, category: 'education' });
    const { data: messages } = await dbOf(cloud).collection('messages').where({ recipient: liaison }).limit(10).get();
    expect(messages).toEqual([
      expect.objectContaining({
        template: 'liaison_asked',
        data: expect.objectContaining({ requestId: reply.data.requestId, title: '孩子转学' }),
      }),
    ]);
    const view = await call('viewTalent', { talentId: talent }, liaison);
    expect(view.data.requests.map((r: { title: string }) => r.title)).toContain('孩子转学');

    const [unpaired] = await newUsers('talent', 1);
    await acceptPrivacyPolicy(cloud, unpaired);
    expect((await call('askMyLiaison', payload, unpaired, requestId())).error.code).toBe('NOT_FOUND');
  });

  it('myLiaison: the talent sees who looks after them; an unpaired user sees none', async () => {
    const reply = await call('myLiaison', {}, talent);
    expect(reply.data.liaison).toEqual({
      openId: liaison,
      displayName: liaison,
      unitId: 'unit-hrss',
      unitName: { 'zh-CN': '区人力资源和社会保障局', en: 'District Human Resources and Social Security Bureau' },
      pairedOn: today(),
    });
    expect((await call('myLiaison', {}, 'demo-admin')).data).toEqual({ liaison: null });
    expect((await call('myLiaison', {}, 'demo-applicant')).data.liaison).toMatchObject({ openId: 'demo-unit', displayName: '赵科长' });
  });

  it.each(others('unit'))('refuses %s the liaison actions', async (_role, openId) => {
    await acceptPrivacyPolicy(cloud, openId);
    expect((await call('myTalents', {}, openId)).error.code).toBe('FORBIDDEN');
    expect((await call('viewTalent', { talentId: talent }, openId)).error.code).toBe('FORBIDDEN');
    const visit = { talentId: talent, on: today(), topic: 't' };
    expect((await call('logVisit', visit, openId, requestId())).error.code).toBe('FORBIDDEN');
    const request = { talentId: talent, category: 'housing', title: 't', body: '代为咨询人才公寓的申请条件' };
    expect((await call('fileForTalent', request, openId, requestId())).error.code).toBe('FORBIDDEN');
  });

  it.each(Object.entries(PERSONAS))('lets %s ask who their liaison is, and write to them when they have one', async (_role, openId) => {
    expect((await call('myLiaison', {}, openId)).ok).toBe(true);
    await acceptPrivacyPolicy(cloud, openId);
    const reply = await call('askMyLiaison', { category: 'housing', title: '问题', body: '想请您帮忙看一个问题' }, openId, requestId());
    if (openId === 'demo-applicant') expect(reply.ok).toBe(true);
    else expect(reply.error.code).toBe('NOT_FOUND');
  });
});

describe('liaisons.figures', () => {
  it('counts liaisons, talents covered, visits and requests raised in the period', async () => {
    const [k1] = await newUsers('unit', 1);
    const [t1, t2] = await newUsers('talent', 2);
    const period = { from: addDays(today(), -30), to: today() };
    const before = (await call('figures', period, 'demo-admin')).data;
    await call(
      'importPairs',
      {
        csv: csv([
          [k1, t1],
          [k1, t2],
        ]),
      },
      'demo-admin',
    );
    await acceptPrivacyPolicy(cloud, k1);
    await call('logVisit', { talentId: t1, on: today(), topic: '走访' }, k1, requestId());
    await call('fileForTalent', { talentId: t2, category: 'housing', title: '代办', body: '代为办理人才公寓的申请' }, k1, requestId());
    const after = (await call('figures', period, 'demo-admin')).data;
    expect(after).toEqual({
      ...before,
      liaisons: before.liaisons + 1,
      talentsCovered: before.talentsCovered + 2,
      visits: before.visits + 1,
      requestsRaised: before.requestsRaised + 1,
    });
    expect(after.weeks).toBe(8);
  });

  it('refuses a period that ends before it starts, or spans more than a year', async () => {
    expect((await call('figures', { from: today(), to: addDays(today(), -1) }, 'demo-admin')).error.code).toBe('VALIDATION');
    expect((await call('figures', { from: addDays(today(), -366), to: today() }, 'demo-admin')).error.code).toBe('VALIDATION');
    expect((await call('figures', { from: addDays(today(), -365), to: today() }, 'demo-admin')).ok).toBe(true);
  });

  it.each(others('admin'))('refuses %s', async (_role, openId) => {
    expect((await call('figures', { from: today(), to: today() }, openId)).error.code).toBe('FORBIDDEN');
  });
});

describe('the scheduler reminds a liaison when a contact is due', () => {
  it('once per due date, again after the next due date comes', async () => {
    const [k1] = await newUsers('unit', 1);
    const [t1] = await newUsers('talent', 1);
    await call('assign', { liaisonId: k1, talentId: t1 }, 'demo-admin');
    // Paired nine weeks ago, never contacted: due a week ago.
    const pairedOn = addDays(today(), -63);
    await dbOf(cloud)
      .collection('liaison_pairs')
      .doc(t1)
      .update({ pairedOn, contactDueOn: addDays(pairedOn, 56) });
    expect((await call('myTalents', {}, k1)).data.items[0]).toMatchObject({ overdue: true, weeksSinceContact: 9 });

    const run = async () => (await callFunction(cloud, 'scheduler', { action: 'run', payload: {} }, 'demo-admin')).body;
    const first = await run();
    expect(first.data.liaisonReminders).toBeGreaterThanOrEqual(1);
    const messages = async () =>
      (await dbOf(cloud).collection('messages').where({ recipient: k1 }).limit(10).get()).data.filter(
        (m: { template: string }) => m.template === 'liaison_contact_due',
      );
    expect(await messages()).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ talentId: t1, dueOn: addDays(pairedOn, 56), since: pairedOn }) }),
    ]);
    await run();
    expect(await messages()).toHaveLength(1);

    // A visit moves the due date on: nothing is owed until then.
    await acceptPrivacyPolicy(cloud, k1);
    await call('logVisit', { talentId: t1, on: today(), topic: '走访' }, k1, requestId());
    await run();
    expect(await messages()).toHaveLength(1);
    expect((await call('myTalents', {}, k1)).data.items[0]).toMatchObject({ overdue: false });
  });
});

describe('a talent who deletes their account', () => {
  it('finds their pair and their liaison’s contact notes in their export, and takes them along', async () => {
    const [k1] = await newUsers('unit', 1);
    const [t1] = await newUsers('talent', 1);
    await call('assign', { liaisonId: k1, talentId: t1 }, 'demo-admin');
    await acceptPrivacyPolicy(cloud, k1);
    await call('logVisit', { talentId: t1, on: today(), topic: '走访', followUp: '家中老人就医问题' }, k1, requestId());
    await acceptPrivacyPolicy(cloud, t1);
    await callFunction(cloud, 'account', { action: 'setProfile', payload: { displayName: '将要注销的人' } }, t1);
    await call('askMyLiaison', { category: 'housing', title: '问题', body: '想请您帮忙看一个问题' }, t1, requestId());
    const exported = await callFunction(cloud, 'account', { action: 'exportMyData', payload: {} }, t1);
    expect(exported.body.data.liaison_pairs).toEqual([expect.objectContaining({ liaisonId: k1, active: true })]);
    expect(exported.body.data.liaison_contacts).toEqual([expect.objectContaining({ followUp: '家中老人就医问题' })]);
    const deleted = await callFunction(
      cloud,
      'account',
      { action: 'deleteMyAccount', payload: { confirm: 'DELETE' }, requestId: requestId() },
      t1,
    );
    expect(deleted.body.ok).toBe(true);
    expect(await pairsOf(k1)).toEqual([]);
    const { data } = await dbOf(cloud).collection('liaison_contacts').where({ talentId: t1 }).limit(10).get();
    expect(data).toEqual([]);
    const { data: notices } = await dbOf(cloud).collection('messages').where({ recipient: k1 }).limit(10).get();
    expect(notices).toEqual([expect.objectContaining({ template: 'liaison_asked', data: expect.objectContaining({ talentName: '' }) })]);
  });
});
