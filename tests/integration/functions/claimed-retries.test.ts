import { LOCAL_ID_HASH_KEY } from '../../../cloudfunctions/_shared/config';
import { identityHash } from '../../../cloudfunctions/_shared/identity-hash';
import { submitRecordId } from '../../../cloudfunctions/_shared/idempotency';
import { consentFirst } from '../../support/consent';
import { apartmentApplication, callHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, newPassport, requestId, type Db } from '../../support/stays';
import { callSupport, rentApplication } from '../../support/support';

/**
 * Apartment and support applications recognise a retry of their submit by the person's claim, which names the
 * application the submit creates (`insertUnderClaim`, actions `idempotent: 'by-handler'`): no key of their own is
 * written. What a retry meets, by what the first call left. Replies lost on the way: lost-replies/housing.test.ts.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let serial = 0;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
});
afterAll(() => cloud.stop());

const passportOf = (number: string) => ({ kind: 'passport' as const, number });
const idHashOf = (number: string) => identityHash(passportOf(number), LOCAL_ID_HASH_KEY);

const cases = [
  {
    what: 'an apartment application',
    key: 'housing.apply',
    prefix: 'apt',
    records: 'apartment_applications',
    claims: 'apartment_claims',
    claimId: (number: string) => idHashOf(number),
    call: (openId: string, number: string, rid: string) =>
      callHousing(cloud)(
        'apply',
        apartmentApplication({ applicant: { name: '林晓', phone: '+8613800000000', identityDocument: passportOf(number) } }),
        openId,
        {
          requestId: rid,
        },
      ),
  },
  {
    what: 'a support application',
    key: 'support.applySupport',
    prefix: 'sup',
    records: 'support_applications',
    claims: 'support_claims',
    claimId: (number: string) => `rent:${idHashOf(number)}`,
    call: (openId: string, number: string, rid: string) =>
      callSupport(cloud)(
        'applySupport',
        rentApplication({ applicant: { name: '王租房', phone: '+8613800000000', identityDocument: passportOf(number) } }),
        openId,
        {
          requestId: rid,
        },
      ),
  },
];

/** A person of their own for each test, consenting, with a passport and a submit's requestId. */
async function someone(c: (typeof cases)[number]) {
  serial += 1;
  const openId = `claimed-retry-${serial}`;
  await consentFirst(cloud, [openId]);
  const number = newPassport();
  const rid = requestId();
  return { openId, number, rid, id: submitRecordId(c.prefix, `${c.key}:${openId}:${rid}`), claimId: c.claimId(number) };
}

const countOf = async (collection: string, where: Record<string, unknown>) => (await db.collection(collection).where(where).count()).total;
const claimOf = async (collection: string, id: string) =>
  (await db.collection(collection).doc(id).get()).data[0] as Record<string, unknown> | undefined;

describe.each(cases)('$what', (c) => {
  it('sent again after it was answered: the same reply, nothing written twice, the claim still its own', async () => {
    const { openId, number, rid, id, claimId } = await someone(c);
    const first = await c.call(openId, number, rid);
    expect(first).toMatchObject({ ok: true, data: { _id: id } });
    const again = await c.call(openId, number, rid);
    expect(again).toEqual(first);
    expect(await countOf(c.records, { ownerId: openId })).toBe(1);
    expect(await claimOf(c.claims, claimId)).toMatchObject({ applicationId: id });
    // Another submit of the same person is still refused: the claim is held.
    expect(await c.call(openId, number, requestId())).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
  });

  it('sent again while the first call is at work (its claim taken, no application yet): CONFLICT, nothing changed', async () => {
    const { openId, number, rid, id, claimId } = await someone(c);
    const claim = { _id: claimId, applicationId: id, at: new Date(Date.now() - 60_000), call: 'first' };
    await db.collection(c.claims).add(claim);
    const reply = await c.call(openId, number, rid);
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(reply.error.message).toMatch(/处理中/);
    expect(await countOf(c.records, { ownerId: openId })).toBe(0);
    expect(await claimOf(c.claims, claimId)).toMatchObject({ applicationId: id, call: 'first' });
  });

  it('sent again after the first call died with the claim taken (over five minutes ago): the retry finishes the submit', async () => {
    const { openId, number, rid, id, claimId } = await someone(c);
    await db.collection(c.claims).add({ _id: claimId, applicationId: id, at: new Date(Date.now() - 10 * 60_000), call: 'dead' });
    const reply = await c.call(openId, number, rid);
    expect(reply).toMatchObject({ ok: true, data: { _id: id } });
    expect(await countOf(c.records, { ownerId: openId })).toBe(1);
    const claim = await claimOf(c.claims, claimId);
    expect(claim).toMatchObject({ applicationId: id });
    expect(claim?.call).not.toBe('dead');
  });

  it('sent again after its application ended and gave its claim back: answered that application, no claim taken', async () => {
    const { openId, number, rid, id, claimId } = await someone(c);
    expect(await c.call(openId, number, rid)).toMatchObject({ ok: true });
    // The application ended (withdrawn or rejected), its claim released with it.
    const ended = c.records === 'apartment_applications' ? 'withdrawn' : 'rejected';
    await db.collection(c.records).doc(id).update({ status: ended });
    await db.collection(c.claims).doc(claimId).remove();
    const again = await c.call(openId, number, rid);
    expect(again).toMatchObject({ ok: true, data: { _id: id, status: ended } });
    expect(await claimOf(c.claims, claimId)).toBeUndefined();
    expect(await countOf(c.records, { ownerId: openId })).toBe(1);
    // The person applies anew with another submit.
    expect(await c.call(openId, number, requestId())).toMatchObject({ ok: true });
  });
});

it("an apartment application sent again tells the employer's HR once", async () => {
  const c = cases[0];
  const { openId, number, rid, id } = await someone(c);
  await c.call(openId, number, rid);
  await c.call(openId, number, rid);
  const { data } = await db.collection('messages').where({ recipient: 'demo-employer' }).limit(1000).get();
  expect(data.filter((m) => JSON.stringify(m).includes(id))).toHaveLength(1);
});
