import type { Sealed } from '../personal-data';
import { DEFAULT_SUPPORT_POLICY, rentSchedule } from './support';
import type { SupportApplication, SupportDisbursement } from './support-records';
import { disbursementsCsv, toSupportListItem, toSupportStaffView, toSupportView } from './support-views';

const sealed: Sealed = { kid: 'k1', iv: 'iv', tag: 'tag', ct: 'SECRET-CIPHERTEXT' };
const schedule = rentSchedule({ policy: DEFAULT_SUPPORT_POLICY, category: 'young', monthlyRentPaid: 4200, firstMonth: '2026-03' });
const app: SupportApplication = {
  _id: 'sup-1',
  kind: 'rent',
  ownerId: 'alice',
  person: {
    name: '林晓',
    phoneMasked: '*******0000',
    idKind: 'passport',
    idMasked: '****4567',
    sealed: { phone: sealed, idNumber: sealed },
  },
  idHash: 'HASH-OF-ID',
  category: 'young',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技' },
  declarations: { ownsHomeInShanghai: false },
  monthlyRentPaid: 4200,
  documents: [],
  status: 'approved',
  openQuestion: { text: '请补充社保记录', askedAt: new Date('2026-02-01T00:00:00Z'), by: { role: 'operator', openId: 'op-secret' } },
  answers: [],
  amount: { monthly: 1500, months: 24, total: 36_000 },
  schedule,
  rechecks: [],
  nextRecheck: '2027-03',
  reason: null,
  decidedBy: 'op-secret',
  submittedAt: new Date('2026-02-01T00:00:00Z'),
  decidedAt: new Date('2026-03-01T00:00:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
  version: 3,
};
const paid = (month: string, over: Partial<SupportDisbursement> = {}): SupportDisbursement => ({
  _id: `sup-1:${month}`,
  applicationId: 'sup-1',
  ownerId: 'alice',
  kind: 'rent',
  name: '林晓',
  month,
  amount: 1500,
  paidOn: `${month}-15`,
  reference: 'R1',
  recordedBy: 'op-secret',
  recordedAt: new Date(),
  ...over,
});

describe('support views', () => {
  it('never carry the identity hash, the sealed numbers, the asker or the version', () => {
    const json = JSON.stringify(toSupportView(app, []));
    for (const hidden of ['HASH-OF-ID', 'SECRET-CIPHERTEXT', 'op-secret', '"version"']) expect(json).not.toContain(hidden);
    expect(toSupportView(app, []).person).toEqual({ name: '林晓', phoneMasked: '*******0000', idKind: 'passport', idMasked: '****4567' });
  });

  it('list the months paid in order, and the next re-check only while approved', () => {
    const view = toSupportView(app, [paid('2026-04'), paid('2026-03')]);
    expect(view.disbursements.map((d) => d.month)).toEqual(['2026-03', '2026-04']);
    expect(view.nextRecheck).toBe('2027-03');
    expect(toSupportView({ ...app, status: 'stopped' }, []).nextRecheck).toBeNull();
  });

  it('give the operators the checklist, what approval grants today, and who decided', () => {
    const view = toSupportStaffView(app, [], DEFAULT_SUPPORT_POLICY);
    expect(view.checklist.map((c) => c.files)).toEqual([0, 0, 0, 0]);
    expect(view.computed).toEqual({ monthly: 1500, months: 24, total: 36_000 });
    expect(view.decidedBy).toBe('op-secret');
    expect(toSupportListItem(app)).toMatchObject({ name: '林晓', employerName: '示例科技', status: 'approved' });
  });
});

describe('the disbursements CSV', () => {
  it('is in the caller language, by day paid, with a BOM, and writes typed formulas as text', () => {
    const csv = disbursementsCsv([paid('2026-04', { reference: '=HYPERLINK("x")' }), paid('2026-03')], 'en');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Paid on,Application,Name,Kind,Month,Amount (CNY),Reference');
    expect(lines[1]).toBe('2026-03-15,sup-1,林晓,Rent support,2026-03,1500,R1');
    expect(lines[2]).toBe(`2026-04-15,sup-1,林晓,Rent support,2026-04,1500,"'=HYPERLINK(""x"")"`);
    expect(disbursementsCsv([], 'zh-CN')).toContain('发放日期');
  });
});
