import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { file, requestId, today } from '../../support/stays';
import { purchaseApplication, rentApplication } from '../../support/support';

/**
 * DESIGN.md, "Privacy", for housing support (住房资助), following the apartments' rule: the account's export holds the
 * caller's support applications (their own numbers opened) and the months paid on them; deleting is refused while an
 * application is undecided or a month of approved support is still unpaid, then anonymises the applications and
 * disbursements (statistics and the finance office keep kind, category, amounts, months and days) and deletes the
 * files they uploaded, so no name, number or text of theirs is left in the data.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const call = (fn: string, action: string, payload: unknown, openId: string) =>
  callFunction(cloud, fn, { action, payload, requestId: requestId(), locale: 'en' }, openId).then((r) => r.body);

const tag = Date.now().toString(36).toUpperCase().slice(-6).padStart(6, '0');
const USER = 'support-deleter';
const RAW = { name: `Payee${tag}`, phone: '+8613766667777', idNumber: `SP${tag}5151`, answer: `Answer${tag}`, note: `Note${tag}` };
const needles = [RAW.name, RAW.phone, RAW.phone.slice(1), RAW.idNumber, RAW.answer, RAW.note];
const applicant = { name: RAW.name, phone: RAW.phone, identityDocument: { kind: 'passport', number: RAW.idNumber } };

let purchaseId: string;
let rentId: string;

type Files = Array<{ fileId: string }>;
type Stored = { ownerId?: string; documents: Files; answers: Array<{ documents: Files }> };

/** Every document of these collections, as the store holds them now. */
const docs = (...collections: string[]) => {
  const view = cloud.store.latestView();
  return collections.flatMap((c) => (cloud.store.hasCollection(c) ? cloud.store.scan(c, view) : [])) as unknown as Stored[];
};
const pathsOf = (app: Stored) =>
  [...app.documents, ...app.answers.flatMap((a) => a.documents)].map((f) => f.fileId.replace(/^cloud:\/\/[^/]+\//, ''));

beforeAll(async () => {
  cloud = await startTestCloud();
  await consentFirst(cloud, [USER]);
  // A purchase subsidy: asked for more, answered with a text and a file, approved (one month due, not yet paid).
  const bought = await call('support', 'applySupport', purchaseApplication({ applicant }), USER);
  purchaseId = bought.data._id;
  expect((await call('support', 'askForMore', { id: purchaseId, question: '请补充购房发票' }, 'demo-operator')).ok).toBe(true);
  const answered = await call(
    'support',
    'answerSupport',
    { id: purchaseId, text: RAW.answer, documents: [file('purchase-contract')] },
    USER,
  );
  expect(answered.ok).toBe(true);
  expect((await call('support', 'approveSupport', { id: purchaseId }, 'demo-operator')).data.status).toBe('approved');
  // Rent support, still undecided.
  rentId = (await call('support', 'applySupport', rentApplication({ applicant }), USER)).data._id;
});
afterAll(() => cloud?.stop());

describe('account.exportMyData: housing support', () => {
  it('holds their applications (own numbers opened, no identity hash) and the months paid', async () => {
    const { data } = await call('account', 'exportMyData', {}, USER);
    expect(data.support_applications.map((a: { _id: string }) => a._id).sort()).toEqual([purchaseId, rentId].sort());
    expect(data.support_applications.find((a: { _id: string }) => a._id === purchaseId)).toMatchObject({
      kind: 'purchase',
      status: 'approved',
      person: { name: RAW.name, idKind: 'passport', phone: RAW.phone, idNumber: RAW.idNumber },
      answers: [expect.objectContaining({ text: RAW.answer })],
    });
    expect(data.support_disbursements).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/"sealed"|"idHash"|"ct":/);
  });
});

describe('account.deleteMyAccount: housing support', () => {
  it('is refused while an application is undecided or approved support is not fully paid, saying so', async () => {
    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER);
    expect(reply.error).toMatchObject({
      code: 'CONFLICT',
      message: 'Cancel your 2 housing support applications or payments under way before deleting your account',
      details: { activeSupport: expect.arrayContaining([purchaseId, rentId]) },
    });
  });

  it('is still refused once the rent application is decided, while the approved subsidy is unpaid', async () => {
    expect((await call('support', 'rejectSupport', { id: rentId, reason: `不符合条件 ${RAW.note}` }, 'demo-operator')).ok).toBe(true);
    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER);
    expect(reply.error).toMatchObject({ code: 'CONFLICT', details: { activeSupport: [purchaseId] } });
  });

  it('once paid: exports the month paid, then anonymises applications and disbursements and deletes their files', async () => {
    const month = today().slice(0, 7);
    const paid = await call(
      'support',
      'recordDisbursement',
      { id: purchaseId, month, paidOn: today(), reference: 'FIN-1' },
      'demo-operator',
    );
    expect(paid.ok).toBe(true);
    expect((await call('account', 'exportMyData', {}, USER)).data.support_disbursements).toEqual([
      expect.objectContaining({ applicationId: purchaseId, month, amount: 200_000, name: RAW.name }),
    ]);
    const files = docs('support_applications')
      .filter((d) => d.ownerId === USER)
      .flatMap(pathsOf);
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.every((path) => cloud.files.stat(path) !== null)).toBe(true);

    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER);
    expect(reply.data).toMatchObject({ deleted: true, anonymised: { support: 2, supportDisbursements: 1 } });
    expect(files.filter((path) => cloud.files.stat(path) !== null)).toEqual([]);

    // What statistics and the finance office keep: kind, category, amount, status, the month paid and its day.
    const got = await call('support', 'getSupport', { id: purchaseId }, 'demo-operator');
    const kept = got.data;
    expect(kept).toMatchObject({ kind: 'purchase', category: 'high-level', status: 'approved', ownerId: '', documents: [] });
    expect(kept.person.name).toBe('');
    expect(kept.disbursements).toEqual([{ month, amount: 200_000, paidOn: today(), reference: 'FIN-1' }]);
    // No numbers are left to reveal.
    expect((await call('support', 'revealSupport', { id: purchaseId }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    const csv = (await call('support', 'disbursementsCsv', { from: today(), to: today() }, 'demo-operator')).data;
    expect(JSON.stringify(csv)).toContain(purchaseId);
  });

  it('leaves no name, number or text of theirs in any collection', () => {
    expect(cloud.store.unindexedQueries()).toEqual([]);
    const text = JSON.stringify(docs('support_applications', 'support_disbursements', 'messages', 'outbox', 'idempotency', 'users'));
    expect(needles.filter((n) => text.toLowerCase().includes(n.toLowerCase()))).toEqual([]);
    expect(docs('support_applications', 'support_disbursements').filter((d) => d.ownerId === USER)).toEqual([]);
  });
});
