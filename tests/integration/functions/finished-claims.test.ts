import { consentFirst } from '../../support/consent';
import { apartmentApplication, callHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, newPassport, requestId, type Db } from '../../support/stays';
import { callSupport, rentApplication } from '../../support/support';

/**
 * A household's apartment claim, or a person's support claim, left naming an application that no longer holds it:
 * the change that ended it (a withdrawal, a rejection) was cut short before it released the claim. Reproduced here
 * by writing that change's status alone. The person's next application takes the claim over (`insertUnderClaim`);
 * an application that still holds it keeps it. Stays and seats: leftover-holds.test.ts.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  await consentFirst(cloud, ['finished-1', 'finished-2', 'finished-3', 'finished-4']);
});
afterAll(() => cloud.stop());

const cases = [
  {
    what: 'an apartment application withdrawn',
    apply: (openId: string, passport: string) =>
      callHousing(cloud)(
        'apply',
        apartmentApplication({
          applicant: { name: '林晓', phone: '+8613800000000', identityDocument: { kind: 'passport', number: passport } },
        }),
        openId,
        { requestId: requestId() },
      ),
    records: 'apartment_applications',
    finished: 'withdrawn',
  },
  {
    what: 'a support application rejected',
    apply: (openId: string, passport: string) =>
      callSupport(cloud)(
        'applySupport',
        rentApplication({
          applicant: { name: '王租房', phone: '+8613800000000', identityDocument: { kind: 'passport', number: passport } },
        }),
        openId,
        { requestId: requestId() },
      ),
    records: 'support_applications',
    finished: 'rejected',
  },
];

it.each(cases.map((c, i) => [c.what, c, `finished-${i + 1}`] as const))(
  '%s, its claim never released: the next application takes the claim over',
  async (_what, { apply, records, finished }, openId) => {
    const passport = newPassport();
    const first = await apply(openId, passport);

    expect(first).toMatchObject({ ok: true });
    // Still holding its claim: the same person is refused.
    expect(await apply(openId, passport)).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
    await db.collection(records).doc(first.data._id).update({ status: finished });
    const again = await apply(openId, passport);
    expect(again).toMatchObject({ ok: true });
    expect(again.data._id).not.toBe(first.data._id);
  },
);
