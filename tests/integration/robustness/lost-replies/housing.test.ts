import { LOCAL_ID_HASH_KEY } from '../../../../cloudfunctions/_shared/config';
import { identityHash } from '../../../../cloudfunctions/_shared/identity-hash';
import { consentFirst } from '../../../support/consent';
import { DEMO_CREDIT_CODE, apartmentApplication, storedApplication, storedBuilding, storedUnit } from '../../../support/housing';
import { rentApplication } from '../../../support/support';
import { callFunction } from '../../../support/local-cloud';
import { inDays, newPassport, requestId, today } from '../../../support/stays';
import { withUploads } from '../../../support/uploads';
import { cloud, db, loseReplyOf, one, submit, useLostReplies, type Stored } from '../../../support/lost-replies';

/**
 * A write of talent apartments and housing support (claims, offers, unit edits, viewings, decisions, blocks,
 * renewals), its reply lost. The harness, and why: tests/support/lost-replies.ts.
 */
useLostReplies();
let serial = 0;

describe("an application under a person's claim (apartments, support)", () => {
  // Each claim is the person's (apartments: the identity's keyed hash; support: its kind and that hash).
  const claimIdOf = (record: Stored) => (record.kind ? `${record.kind}:${record.idHash}` : (record.idHash ?? ''));
  it.each([
    {
      fn: 'housing',
      action: 'apply',
      write: 'apartment_claims',
      records: 'apartment_applications',
      claims: 'apartment_claims',
      payload: apartmentApplication,
    },
    {
      fn: 'housing',
      action: 'apply',
      write: 'apartment_applications',
      records: 'apartment_applications',
      claims: 'apartment_claims',
      payload: apartmentApplication,
    },
    {
      fn: 'support',
      action: 'applySupport',
      write: 'support_claims',
      records: 'support_applications',
      claims: 'support_claims',
      payload: rentApplication,
    },
    {
      fn: 'support',
      action: 'applySupport',
      write: 'support_applications',
      records: 'support_applications',
      claims: 'support_claims',
      payload: rentApplication,
    },
  ])(
    '$fn: the insert into $write, applied and its reply lost (sent again): stored, under its claim',
    async ({ fn, action, write, records, claims, payload }) => {
      serial += 1;
      const openId = `lost-claim-${serial}`;
      await consentFirst(cloud, [openId]);
      const resent = loseReplyOf({ action: 'database.insertDocument', collection: write }, 'reaches the cloud');
      const { reply } = await submit(fn, openId, { action, requestId: requestId(), payload: payload() });
      expect(reply.error).toBeUndefined();
      expect(resent()).toBe(1);
      const stored = await one(records, { _id: reply.data?._id });
      expect(stored).toBeDefined();
      expect((await one(claims, { _id: claimIdOf(stored!) }))?.applicationId).toBe(reply.data?._id);
    },
  );
});

describe("an operator's offer of an apartment", () => {
  it("the unit's period, applied and its reply lost (sent again): the household is offered, the unit held once", async () => {
    const now = new Date();
    const building = storedBuilding({ id: 'apt-lost', leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    await db.collection('apartment_units').add(storedUnit({ id: 'apt-lost-101', buildingId: building._id, now }));
    const app = storedApplication({
      id: 'apt-lost-waiting',
      buildingId: building._id,
      ownerId: 'lost-household',
      status: 'waiting',
      queuedAt: now,
      employerDueOn: inDays(-10),
    });
    await db.collection('apartment_applications').add(app);
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_units' }, 'reaches the cloud');
    const { reply } = await submit('housing', 'demo-admin', {
      action: 'offer',
      requestId: requestId(),
      payload: { unitId: 'apt-lost-101', start: inDays(10) },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { _id: app._id, status: 'offered' } });
    const unit = (await db.collection('apartment_units').doc('apt-lost-101').get()).data[0] as { periods: Array<{ holderId: string }> };
    expect(unit.periods.map((p) => p.holderId)).toEqual([app._id]);
    expect((await one('apartment_applications', { _id: app._id }))?.status).toBe('offered');
  });
});

describe("an admin's edit of an apartment unit", () => {
  it('the edit, applied and its reply lost (sent again): saved, its version moved on once', async () => {
    const now = new Date();
    const building = storedBuilding({ id: 'apt-lost-edit', leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    await db.collection('apartment_units').add(storedUnit({ id: 'apt-lost-edit-101', buildingId: building._id, now }));
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_units' }, 'reaches the cloud');
    const edit = { id: 'apt-lost-edit-101', buildingId: building._id, number: '101', floor: 1, type: 'one-room', status: 'maintenance' };
    const { reply } = await submit('housing', 'demo-admin', { action: 'saveUnit', requestId: requestId(), payload: edit });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { _id: edit.id, status: 'maintenance', version: 1 } });
    expect(await one('apartment_units', { _id: edit.id })).toMatchObject({ status: 'maintenance', version: 1 });
  });
});

describe("a household's viewing", () => {
  it.each([
    { step: "the slot's place", write: { action: 'database.modifyDocument', collection: 'apartment_viewings' } },
    { step: "the application's viewing", write: { action: 'database.modifyDocument', collection: 'apartment_applications' } },
  ])('$step, applied and its reply lost (sent again): booked, one place taken', async ({ write }) => {
    serial += 1;
    const now = new Date();
    const building = storedBuilding({ id: `apt-viewing-${serial}`, leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    const offer = { unitId: `${building._id}-101`, start: inDays(10), end: inDays(375), offeredOn: inDays(0), expiresOn: inDays(3) };
    const app = storedApplication({
      id: `${building._id}-offered`,
      buildingId: building._id,
      ownerId: `lost-viewer-${serial}`,
      status: 'offered',
      queuedAt: now,
      employerDueOn: inDays(-10),
      offer,
    });
    await db.collection('apartment_applications').add(app);
    await consentFirst(cloud, [app.ownerId]);
    const resent = loseReplyOf(write, 'reaches the cloud');
    const slot = { date: inDays(1), time: '10:00' };
    const { reply } = await submit('housing', app.ownerId, {
      action: 'bookViewing',
      requestId: requestId(),
      payload: { id: app._id, ...slot },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { application: { viewing: slot }, slot: { booked: 1 } } });
    const stored = (await db.collection('apartment_viewings').where({ buildingId: building._id, date: slot.date }).limit(1).get()).data[0];
    expect(stored).toMatchObject({ count: 1, bookings: [app._id] });
  });
});

describe("an operator's support decision", () => {
  const applySupport = async (openId: string) =>
    (
      await callFunction(
        cloud,
        'support',
        { action: 'applySupport', requestId: requestId(), payload: await withUploads(cloud, openId, rentApplication()) },
        openId,
      )
    ).body;
  const newRenter = async () => {
    serial += 1;
    const openId = `lost-support-${serial}`;
    await consentFirst(cloud, [openId]);
    return openId;
  };

  it('the rejection, applied and its reply lost (sent again): rejected, and the person may apply again', async () => {
    const openId = await newRenter();
    const applied = await applySupport(openId);
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'support_applications' }, 'reaches the cloud');
    const { reply } = await submit('support', 'demo-operator', {
      action: 'rejectSupport',
      requestId: requestId(),
      payload: { id: applied.data._id, reason: '劳动合同已到期' },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect((await applySupport(openId)).data?.status).toBe('submitted');
  });

  it("a month's payment, inserted and its reply lost (sent again): recorded once", async () => {
    const applied = await applySupport(await newRenter());
    const id = applied.data._id as string;
    const approved = await callFunction(
      cloud,
      'support',
      { action: 'approveSupport', requestId: requestId(), payload: { id } },
      'demo-operator',
    );
    expect(approved.body.ok).toBe(true);
    const resent = loseReplyOf({ action: 'database.insertDocument', collection: 'support_disbursements' }, 'reaches the cloud');
    const month = today().slice(0, 7);
    const { reply } = await submit('support', 'demo-operator', {
      action: 'recordDisbursement',
      requestId: requestId(),
      payload: { id, month, paidOn: today(), reference: 'LOST-1' },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { disbursements: [{ month, reference: 'LOST-1' }] } });
  });
});

describe("an employer's block of apartments", () => {
  const applyBlock = async () =>
    (
      await callFunction(
        cloud,
        'tenancies',
        {
          action: 'applyBlock',
          requestId: requestId(),
          payload: {
            creditCode: DEMO_CREDIT_CODE,
            buildingId: 'apt-zhangjiang',
            unitType: 'one-room',
            units: 2,
            start: inDays(10),
            months: 6,
          },
        },
        'demo-employer',
      )
    ).body.data._id as string;

  it("the operator's claim on it, applied and its reply lost (sent again): allocated, its units held", async () => {
    const blockId = await applyBlock();
    const unitIds = ['apt-zhangjiang-302', 'apt-zhangjiang-303'];
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_blocks' }, 'reaches the cloud');
    const { reply } = await submit('tenancies', 'demo-operator', {
      action: 'allocateBlock',
      requestId: requestId(),
      payload: { id: blockId, unitIds },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'allocated' } });
    for (const unitId of unitIds) {
      const unit = (await db.collection('apartment_units').doc(unitId).get()).data[0] as { periods: Array<{ holderId: string }> };
      expect(unit.periods.map((p) => p.holderId.startsWith(blockId))).toEqual([true]);
    }
  });

  it("the household's claim, inserted and its reply lost (sent again): the tenant is named", async () => {
    const blockId = await applyBlock();
    const unitIds = ['apt-zhangjiang-402', 'apt-zhangjiang-403'];
    const allocated = await callFunction(
      cloud,
      'tenancies',
      { action: 'allocateBlock', payload: { id: blockId, unitIds } },
      'demo-operator',
    );
    expect(allocated.body.ok).toBe(true);
    const tenant = { name: '何书桓', phone: '13800001111', identityDocument: { kind: 'passport' as const, number: newPassport() } };
    await consentFirst(cloud, ['demo-employer']);
    const resent = loseReplyOf({ action: 'database.insertDocument', collection: 'apartment_claims' }, 'reaches the cloud');
    const { reply } = await submit('tenancies', 'demo-employer', {
      action: 'nameTenant',
      requestId: requestId(),
      payload: { id: blockId, unitId: unitIds[0], tenant },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'allocated' } });
    const claim = await one('apartment_claims', { _id: identityHash(tenant.identityDocument, LOCAL_ID_HASH_KEY) });
    expect(claim?.applicationId).toBe(`${blockId}-1`);
  });
});

describe("a tenant's renewal", () => {
  it("the lease's renewal, applied and its reply lost (sent again): renewed, and the unit's period extended with it", async () => {
    const leaseId = 'lease-apt-demo-lease-1';
    const lease = async () => (await db.collection('apartment_leases').doc(leaseId).get()).data[0] as { end: string; unitId: string };
    const before = await lease();
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_leases' }, 'reaches the cloud');
    const { reply } = await submit('housing', 'demo-tenant-1', { action: 'requestRenewal', requestId: requestId(), payload: { leaseId } });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { months: 24 } });
    const after = await lease();
    expect(after.end > before.end).toBe(true);
    const unit = (await db.collection('apartment_units').doc(before.unitId).get()).data[0] as { periods: Array<{ end: string }> };
    expect(unit.periods.map((p) => p.end)).toEqual([after.end]);
  });
});
