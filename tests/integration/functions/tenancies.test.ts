import { consentFirst } from '../../support/consent';
import { DEMO_CREDIT_CODE, apartmentApplication, callHousing } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, inDays, newPassport, requestId, type Db } from '../../support/stays';

/**
 * The `tenancies` function (issue 14): the lease document as a PDF made from the lease, the tenant's recorded
 * signature, the operators' audited reveal of an applicant's numbers (housing.reveal), and employers' blocks of
 * units: HR asks, the operator allocates through the units' periods, HR names tenants, each tenant confirms.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;
/** Every call with a fresh requestId (applyBlock and confirmTenancy are idempotent and need one). */
const tenancies = (action: string, payload: unknown, openId: string | null) =>
  callFunction(cloud, 'tenancies', { action, payload, requestId: requestId() }, openId).then((r) => r.body);

const LEASE = 'lease-apt-demo-lease-1';
/** UCS-2 hex as the PDF writer sets text (UniGB-UCS2-H). */
const ucs2 = (text: string) => [...text].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-elsewhere');
  await addUser(db, 'hr-unlisted', ['applicant', 'employer']);
  await consentFirst(cloud, [
    'demo-tenant-1',
    'demo-tenant-2',
    'block-tenant-a',
    'block-tenant-b',
    'reveal-applicant',
    'demo-employer',
    'hr-unlisted',
  ]);
});
afterAll(() => cloud.stop());

const auditOf = async (action: string, id: string) =>
  (await db.collection('audit_logs').where({ action, 'target.id': id }).limit(20).get()).data;

describe('the lease document', () => {
  let textHash: string;

  it('is a PDF made from the lease, in Chinese, for its tenant: a download URL of the stored file', async () => {
    const reply = await tenancies('leaseDocument', { leaseId: LEASE }, 'demo-tenant-1');
    expect(reply.data).toMatchObject({
      leaseId: LEASE,
      fileId: expect.stringContaining(`leases/${LEASE}/lease.pdf`),
      mimeType: 'application/pdf',
      filename: `lease-${LEASE}.pdf`,
      signed: false,
    });
    textHash = reply.data.textHash;
    expect(textHash).toMatch(/^[0-9a-f]{64}$/);
    const res = await fetch(reply.data.url);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
    // The title, the tenant's name (陈一鸣, the demo lease) and the building, as the text the page shows.
    for (const text of ['人才公寓租赁合同', '承租方（乙方）：陈一鸣', '张江人才公寓']) expect(pdf).toContain(ucs2(text));
  });

  it("is the building's operators' too; to anyone else the lease does not exist", async () => {
    expect((await tenancies('leaseDocument', { leaseId: LEASE }, 'demo-operator')).data.textHash).toBe(textHash);
    for (const who of ['demo-tenant-2', 'operator-elsewhere', 'demo-employer']) {
      expect([who, (await tenancies('leaseDocument', { leaseId: LEASE }, who)).error.code]).toEqual([who, 'NOT_FOUND']);
    }
    expect((await tenancies('leaseDocument', { leaseId: LEASE }, null)).error.code).toBe('UNAUTHENTICATED');
  });

  it('is signed by the tenant only: a recorded confirmation of the text, with the time, audited', async () => {
    expect((await tenancies('signLease', { leaseId: LEASE, textHash }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    // Only the text as opened: a hash of another text (say, before a change) signs nothing.
    const stale = await tenancies('signLease', { leaseId: LEASE, textHash: 'f'.repeat(64) }, 'demo-tenant-1');
    expect(stale.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('重新打开') });
    const signed = await tenancies('signLease', { leaseId: LEASE, textHash }, 'demo-tenant-1');
    expect(signed.data.signature).toEqual({ at: expect.any(String), textHash });
    // Signing the same text again changes nothing.
    const again = await tenancies('signLease', { leaseId: LEASE, textHash }, 'demo-tenant-1');
    expect(again.data.signature).toEqual(signed.data.signature);
    expect(await auditOf('housing.signLease', LEASE)).toHaveLength(1);
    const doc = await tenancies('leaseDocument', { leaseId: LEASE }, 'demo-tenant-1');
    expect(doc.data).toMatchObject({ signed: true, textHash });
    const pdf = Buffer.from(await (await fetch(doc.data.url)).arrayBuffer()).toString('latin1');
    expect(pdf).toContain(ucs2('在线确认签署本合同'));
  });

  it('asks for a new signature after a renewal changes the terms', async () => {
    // The demo lease ends within the renewal window.
    expect((await housing('requestRenewal', { leaseId: LEASE }, 'demo-tenant-1', { requestId: requestId() })).ok).toBe(true);
    const doc = await tenancies('leaseDocument', { leaseId: LEASE }, 'demo-tenant-1');
    expect(doc.data.signed).toBe(false);
    expect(doc.data.textHash).not.toBe(textHash);
    // The text the tenant read before the renewal is no longer the lease's.
    expect((await tenancies('signLease', { leaseId: LEASE, textHash }, 'demo-tenant-1')).error.code).toBe('CONFLICT');
    const signed = await tenancies('signLease', { leaseId: LEASE, textHash: doc.data.textHash }, 'demo-tenant-1');
    expect(signed.data.signature.textHash).toBe(doc.data.textHash);
  });
});

describe('reveal: an applicant’s numbers for the operators, audited', () => {
  let id: string;
  const passport = newPassport();

  it('opens the sealed numbers for an operator of the building’s station, and audits it', async () => {
    const applied = await housing(
      'apply',
      apartmentApplication({
        applicant: { name: '许知远', phone: '+8613911112222', identityDocument: { kind: 'passport', number: passport } },
      }),
      'reveal-applicant',
      { requestId: requestId() },
    );
    id = applied.data._id;
    expect(applied.data.person).toEqual({
      name: '许知远',
      phoneMasked: expect.stringMatching(/\*+2222$/),
      idKind: 'passport',
      idMasked: expect.any(String),
    });
    const reply = await housing('reveal', { id }, 'demo-operator');
    expect(reply.data).toEqual({ id, name: '许知远', idKind: 'passport', idNumber: passport, phone: '+8613911112222' });
    const [entry] = await auditOf('housing.reveal', id);
    expect(entry).toMatchObject({ actor: 'demo-operator', note: { fields: ['idNumber', 'phone'] } });
  });

  it('refuses the applicant, HR, admins and other stations’ operators', async () => {
    for (const who of ['reveal-applicant', 'demo-employer', 'demo-admin', 'operator-elsewhere']) {
      expect([who, (await housing('reveal', { id }, who)).error.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect(await auditOf('housing.reveal', id)).toHaveLength(1);
  });

  it('has nothing to give for a record without sealed numbers', async () => {
    expect((await housing('reveal', { id: LEASE }, 'demo-operator')).error.code).toBe('NOT_FOUND');
  });
});

describe('employer blocks: HR asks, the operator allocates, HR names tenants, each confirms', () => {
  const ask = (openId: string, overrides: Record<string, unknown> = {}) =>
    tenancies(
      'applyBlock',
      {
        creditCode: DEMO_CREDIT_CODE,
        buildingId: 'apt-zhangjiang',
        unitType: 'one-room',
        units: 2,
        start: inDays(10),
        months: 6,
        ...overrides,
      },
      openId,
    );
  let blockId: string;
  let code: string;
  const tenantA = { name: '何书桓', phone: '13800001111', identityDocument: { kind: 'passport', number: newPassport() } };

  it('is asked for by the employer’s HR only, within the policy', async () => {
    expect((await ask('hr-unlisted')).error.code).toBe('FORBIDDEN');
    expect((await ask('demo-applicant')).error.code).toBe('FORBIDDEN');
    const refused = await ask('demo-employer', { months: 13, start: inDays(0) });
    expect(refused.error.code).toBe('NOT_ELIGIBLE');
    expect(refused.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['block-start', 'block-term']);
    const reply = await ask('demo-employer');
    expect(reply.data).toMatchObject({
      status: 'pending',
      units: 2,
      end: expect.any(String),
      allocations: [],
      employer: { creditCode: DEMO_CREDIT_CODE },
    });
    blockId = reply.data._id;
    expect((await tenancies('employerBlocks', {}, 'demo-employer')).data.items.map((b: { _id: string }) => b._id)).toContain(blockId);
    expect((await tenancies('employerBlocks', {}, 'hr-unlisted')).data.items).toEqual([]);
  });

  it('is in the building’s queue for its operators, not for others', async () => {
    const queue = await tenancies('blockQueue', { buildingId: 'apt-zhangjiang' }, 'demo-operator');
    expect(queue.data.items.map((b: { _id: string }) => b._id)).toContain(blockId);
    expect((await tenancies('blockQueue', { buildingId: 'apt-zhangjiang' }, 'operator-elsewhere')).error.code).toBe('FORBIDDEN');
    expect((await tenancies('blockQueue', { buildingId: 'apt-zhangjiang' }, 'demo-employer')).error.code).toBe('FORBIDDEN');
  });

  it('is allocated exactly its number of units of its type, each held for its period on the unit', async () => {
    const wrong = await tenancies('allocateBlock', { id: blockId, unitIds: ['apt-zhangjiang-302', 'apt-zhangjiang-301'] }, 'demo-operator');
    expect(wrong.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'unitIds' }] });
    // A unit leased over the period (the demo lease of 202) is refused, and nothing stays held.
    const taken = await tenancies('allocateBlock', { id: blockId, unitIds: ['apt-zhangjiang-302', 'apt-zhangjiang-202'] }, 'demo-operator');
    expect(taken.error.code).toBe('CONFLICT');
    const unit302 = (await db.collection('apartment_units').where({ _id: 'apt-zhangjiang-302' }).limit(1).get()).data[0];
    expect(unit302.periods).toEqual([]);
    const reply = await tenancies('allocateBlock', { id: blockId, unitIds: ['apt-zhangjiang-302', 'apt-zhangjiang-303'] }, 'demo-operator');
    expect(reply.data).toMatchObject({
      status: 'allocated',
      allocations: [{ unitId: 'apt-zhangjiang-302', tenant: null }, { unitId: 'apt-zhangjiang-303' }],
    });
    const { start, end } = reply.data;
    const periods = (await db.collection('apartment_units').where({ _id: 'apt-zhangjiang-303' }).limit(1).get()).data[0].periods;
    expect(periods).toEqual([{ start, end, holderId: `${blockId}-2`, kind: 'lease', expiresOn: null }]);
    expect(
      (await tenancies('allocateBlock', { id: blockId, unitIds: ['apt-zhangjiang-402', 'apt-zhangjiang-403'] }, 'demo-operator')).error
        .code,
    ).toBe('CONFLICT');
    // The same machinery refuses an offer of a held unit for overlapping days.
    const offer = await housing('offer', { unitId: 'apt-zhangjiang-302', start: inDays(20) }, 'demo-operator', { requestId: requestId() });
    expect(offer.error.code).toBe('CONFLICT');
  });

  it('has its tenants named by HR (masked in views, a code to pass on), one household at a time', async () => {
    const named = await tenancies('nameTenant', { id: blockId, unitId: 'apt-zhangjiang-302', tenant: tenantA }, 'demo-employer');
    expect(named.error).toBeUndefined();
    const allocation = named.data.allocations[0];
    expect(allocation.tenant).toEqual({
      person: { name: '何书桓', phoneMasked: expect.stringMatching(/\*+1111$/), idKind: 'passport', idMasked: expect.any(String) },
      namedAt: expect.any(String),
      code: expect.stringMatching(/^[A-Z2-9]{10}$/),
    });
    code = allocation.tenant.code;
    const stored = (await db.collection('apartment_blocks').where({ _id: blockId }).limit(1).get()).data[0];
    expect(stored.allocations[0].tenant.person.sealed.phone).toEqual(expect.objectContaining({ ct: expect.any(String) }));
    expect(JSON.stringify(stored)).not.toContain('13800001111');
    // The same household cannot be named to a second unit.
    const twice = await tenancies('nameTenant', { id: blockId, unitId: 'apt-zhangjiang-303', tenant: tenantA }, 'demo-employer');
    expect(twice.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['one-per-household']);
    expect((await tenancies('nameTenant', { id: blockId, unitId: 'apt-zhangjiang-303', tenant: tenantA }, 'hr-unlisted')).error.code).toBe(
      'NOT_FOUND',
    );
  });

  it('is confirmed by the named tenant with the code and their identity document: the lease is theirs', async () => {
    const wrongId = await tenancies(
      'confirmTenancy',
      { code, identityDocument: { kind: 'passport', number: newPassport() } },
      'block-tenant-a',
    );
    expect(wrongId.error.code).toBe('NOT_FOUND');
    const reply = await tenancies('confirmTenancy', { code, identityDocument: tenantA.identityDocument }, 'block-tenant-a');
    expect(reply.data).toMatchObject({
      _id: `lease-${blockId}-1`,
      applicationId: `${blockId}-1`,
      ownerId: 'block-tenant-a',
      unitId: 'apt-zhangjiang-302',
      tenantName: '何书桓',
      blockId,
      status: 'active',
      months: 6,
    });
    const mine = await housing('mine', {}, 'block-tenant-a');
    expect(mine.data.leases.map((l: { _id: string }) => l._id)).toEqual([`lease-${blockId}-1`]);
    // The code is spent; the unit cannot be renamed after the confirmation.
    expect((await tenancies('confirmTenancy', { code, identityDocument: tenantA.identityDocument }, 'block-tenant-b')).error.code).toBe(
      'NOT_FOUND',
    );
    const rename = await tenancies(
      'nameTenant',
      { id: blockId, unitId: 'apt-zhangjiang-302', tenant: { ...tenantA, identityDocument: { kind: 'passport', number: newPassport() } } },
      'demo-employer',
    );
    expect(rename.error.code).toBe('CONFLICT');
    // The lease document names the employer; the operator can reveal the tenant's numbers (audited).
    const doc = await tenancies('leaseDocument', { leaseId: `lease-${blockId}-1` }, 'block-tenant-a');
    const pdf = Buffer.from(await (await fetch(doc.data.url)).arrayBuffer()).toString('latin1');
    expect(pdf).toContain(ucs2('用人单位：'));
    const revealed = await housing('reveal', { id: `lease-${blockId}-1` }, 'demo-operator');
    expect(revealed.data).toMatchObject({ name: '何书桓', phone: '13800001111', idNumber: tenantA.identityDocument.number });
  });

  it('ends like any lease: the move-out frees the unit and the household may apply again', async () => {
    const leaseId = `lease-${blockId}-1`;
    const out = await housing('recordMoveOut', { leaseId, inspection: '房屋完好', deductions: 0 }, 'demo-operator');
    expect(out.data.status).toBe('ended');
    const block = (await db.collection('apartment_blocks').where({ _id: blockId }).limit(1).get()).data[0];
    const claim = await db.collection('apartment_claims').where({ _id: block.allocations[0].tenant.idHash }).limit(1).get();
    expect(claim.data).toEqual([]);
  });

  it('is rejected by the operator, or withdrawn by HR, only while pending', async () => {
    const a = (await ask('demo-employer')).data._id;
    const b = (await ask('demo-employer')).data._id;
    expect((await tenancies('rejectBlock', { id: a, reason: '房源不足' }, 'demo-operator')).data).toMatchObject({
      status: 'rejected',
      reason: '房源不足',
    });
    expect((await tenancies('withdrawBlock', { id: a }, 'demo-employer')).error.code).toBe('CONFLICT');
    expect((await tenancies('withdrawBlock', { id: b }, 'demo-employer')).data.status).toBe('withdrawn');
    expect((await tenancies('rejectBlock', { id: b, reason: '房源不足' }, 'demo-operator')).error.code).toBe('CONFLICT');
    expect((await tenancies('withdrawBlock', { id: blockId }, 'hr-unlisted')).error.code).toBe('NOT_FOUND');
    const audit = [];
    for (const id of [blockId, a, b]) audit.push(...(await db.collection('audit_logs').where({ 'target.id': id }).limit(50).get()).data);
    expect(new Set(audit.map((e) => e.action))).toEqual(
      new Set([
        'housing.applyBlock',
        'housing.allocateBlock',
        'housing.nameTenant',
        'housing.confirmTenancy',
        'housing.rejectBlock',
        'housing.withdrawBlock',
      ]),
    );
  });

  it('tells every decision: HR of the allocation, the rejection, the naming and the confirmation; the operator and the tenant of the confirmation', async () => {
    const blockMessages = async (recipient: string) =>
      (await db.collection('messages').where({ recipient }).limit(100).get()).data.filter(
        (m) => m.data?.kind === 'apartment-block' && m.data?.blockId === blockId,
      );
    const templates = async (recipient: string) => (await blockMessages(recipient)).map((m) => m.template as string).sort();
    expect(await templates('demo-employer')).toEqual([
      'apartment_block_allocated',
      'apartment_block_confirmed',
      'apartment_block_tenant_named',
    ]);
    expect(await templates('demo-operator')).toEqual(['apartment_block_confirmed']);
    expect(await templates('block-tenant-a')).toEqual(['apartment_block_confirmed']);
    const confirmed = (await blockMessages('demo-employer')).find((m) => m.template === 'apartment_block_confirmed');
    expect(confirmed.data).toMatchObject({ unitId: 'apt-zhangjiang-302', buildingName: { 'zh-CN': expect.any(String) } });
    // Each queued for WeChat too (sent where the recipient subscribed), keyed so a retry queues nothing twice.
    const outbox = (await db.collection('outbox').where({ recipient: 'demo-employer' }).limit(100).get()).data;
    expect(outbox.filter((o) => o.data?.blockId === blockId)).toHaveLength(3);
    const rejected = (
      await db.collection('messages').where({ recipient: 'demo-employer', template: 'apartment_block_rejected' }).limit(10).get()
    ).data;
    expect(rejected.map((m) => m.data.reason)).toContain('房源不足');
  });
});

describe('the scheduler gives back what employer blocks leave unused', () => {
  const runBlocks = async () => (await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin')).body.data.blocks;
  const unitPeriods = async (id: string) => (await db.collection('apartment_units').where({ _id: id }).limit(1).get()).data[0].periods;
  const storedBlock = async (id: string) => (await db.collection('apartment_blocks').where({ _id: id }).limit(1).get()).data[0];
  const ask = async () =>
    (
      await tenancies(
        'applyBlock',
        { creditCode: DEMO_CREDIT_CODE, buildingId: 'apt-zhangjiang', unitType: 'one-room', units: 2, start: inDays(40), months: 3 },
        'demo-employer',
      )
    ).data._id as string;
  const tenantB = { name: '陆依萍', phone: '13800002222', identityDocument: { kind: 'passport', number: newPassport() } };

  it('gives back units not named, or named but not confirmed, within the policy’s working days, once', async () => {
    const id = await ask();
    await tenancies('allocateBlock', { id, unitIds: ['apt-zhangjiang-402', 'apt-zhangjiang-403'] }, 'demo-operator');
    const named = await tenancies('nameTenant', { id, unitId: 'apt-zhangjiang-402', tenant: tenantB }, 'demo-employer');
    const { code } = named.data.allocations[0].tenant;
    // Allocated 40 days ago, the tenant named 30 days ago: both deadlines (10 and 5 working days) are long past.
    const stored = await storedBlock(id);
    const allocations = stored.allocations.map((a: { tenant: { namedAt: Date } | null }) =>
      a.tenant ? { ...a, tenant: { ...a.tenant, namedAt: new Date(Date.now() - 30 * 86_400_000) } } : a,
    );
    await db
      .collection('apartment_blocks')
      .doc(id)
      .update({ allocatedOn: inDays(-40), allocations: db.command.set(allocations) });

    expect(await runBlocks()).toEqual({ allocationsRolledBack: 0, unitsLapsed: 2 });
    expect(await unitPeriods('apt-zhangjiang-402')).toEqual([]);
    expect(await unitPeriods('apt-zhangjiang-403')).toEqual([]);
    const after = await storedBlock(id);
    expect(after.allocations.map((a: { lapsed: unknown }) => a.lapsed)).toEqual([
      { on: inDays(0), why: 'not-confirmed', released: true },
      { on: inDays(0), why: 'not-named', released: true },
    ]);
    // The named tenant's household claim and code are gone: they may apply elsewhere, and the code confirms nothing.
    expect((await db.collection('apartment_claims').where({ _id: after.allocations[0].tenant.idHash }).limit(1).get()).data).toEqual([]);
    expect((await tenancies('confirmTenancy', { code, identityDocument: tenantB.identityDocument }, 'block-tenant-b')).error.code).toBe(
      'NOT_FOUND',
    );
    expect((await tenancies('nameTenant', { id, unitId: 'apt-zhangjiang-403', tenant: tenantB }, 'demo-employer')).error.code).toBe(
      'CONFLICT',
    );
    // HR is told once, and sees why in its list; the audit has the step.
    const told = (
      await db.collection('messages').where({ recipient: 'demo-employer', template: 'apartment_block_units_lapsed' }).limit(10).get()
    ).data;
    expect(told.map((m) => m.data)).toEqual([expect.objectContaining({ blockId: id, unitIds: 'apt-zhangjiang-402, apt-zhangjiang-403' })]);
    const mine = await tenancies('employerBlocks', {}, 'demo-employer');
    expect(mine.data.items.find((b: { _id: string }) => b._id === id).allocations[1].lapsed).toMatchObject({ why: 'not-named' });
    expect((await auditOf('housing.lapseBlockUnits', id)).map((e) => e.after)).toEqual(['allocated']);
    expect(await runBlocks()).toEqual({ allocationsRolledBack: 0, unitsLapsed: 0 });
  });

  it('rolls back an allocation stuck half-way: what it held is given back and the block is pending again', async () => {
    const id = await ask();
    const stuck = new Date(Date.now() - 10 * 60_000);
    await db.collection('apartment_blocks').doc(id).update({ status: 'allocating', updatedAt: stuck });
    const { start, end } = await storedBlock(id);
    const held = [{ start, end, holderId: `${id}-1`, kind: 'lease', expiresOn: null }];
    await db
      .collection('apartment_units')
      .doc('apt-zhangjiang-402')
      .update({ periods: db.command.set(held) });

    expect(await runBlocks()).toEqual({ allocationsRolledBack: 1, unitsLapsed: 0 });
    expect(await unitPeriods('apt-zhangjiang-402')).toEqual([]);
    expect((await storedBlock(id)).status).toBe('pending');
    expect(await auditOf('housing.rollBackAllocation', id)).toHaveLength(1);
    // Nothing is left over: the operator allocates it afresh.
    const again = await tenancies('allocateBlock', { id, unitIds: ['apt-zhangjiang-402', 'apt-zhangjiang-403'] }, 'demo-operator');
    expect(again.data.status).toBe('allocated');
  });

  it('leaves an allocation under way alone', async () => {
    const id = await ask();
    await db.collection('apartment_blocks').doc(id).update({ status: 'allocating', updatedAt: new Date() });
    expect(await runBlocks()).toEqual({ allocationsRolledBack: 0, unitsLapsed: 0 });
    expect((await storedBlock(id)).status).toBe('allocating');
  });
});
