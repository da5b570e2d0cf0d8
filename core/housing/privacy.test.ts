import { assertNothingActive } from '../account/anonymise';
import {
  activeHousing,
  activeSupport,
  anonymiseApartment,
  anonymiseBlockTenancies,
  anonymiseDisbursement,
  anonymiseLease,
  anonymiseSupport,
} from './privacy';
import type { ApartmentApplication, ApartmentBlock, ApartmentLease } from './records';
import type { SupportApplication, SupportDisbursement } from './support-records';

const now = new Date('2026-12-01T02:00:00Z');
const sealed = { kid: 'k', iv: 'iv', tag: 't', ct: 'ct' };
const person = {
  name: '林晓',
  phoneMasked: '*******0000',
  idKind: 'passport' as const,
  idMasked: '****7315',
  sealed: { phone: sealed, idNumber: sealed },
};

const app = {
  _id: 'apt-1',
  buildingId: 'apt-zhangjiang',
  unitType: 'one-room',
  ownerId: 'o-1',
  person,
  idHash: 'h-1',
  householdSize: 1,
  category: 'young',
  degree: 'master',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技' },
  declarations: { socialInsuranceInShanghai: true, ownsHomeInShanghai: false },
  documents: [{ kind: 'labour-contract', fileId: 'cloud://x/uploads/o-1/a.pdf', type: 'pdf', size: 1 }],
  status: 'ended',
  employerDueOn: '2025-01-01',
  queuedAt: now,
  declines: 0,
  offer: { unitId: 'u1', start: '2025-01-10', end: '2026-01-10', offeredOn: '2025-01-05', expiresOn: '2025-01-08' },
  viewing: null,
  leaseId: 'lease-apt-1',
  reason: '雇主说明',
  submittedAt: now,
  updatedAt: now,
} as ApartmentApplication;

const lease: ApartmentLease = {
  _id: 'lease-apt-1',
  applicationId: 'apt-1',
  ownerId: 'o-1',
  buildingId: 'apt-zhangjiang',
  unitId: 'u1',
  unitType: 'one-room',
  tenantName: '林晓',
  start: '2025-01-10',
  end: '2026-01-10',
  monthlyRent: 2800,
  deposit: 4000,
  months: 12,
  status: 'ended',
  renewals: [],
  notice: null,
  moveIn: null,
  moveOut: { on: '2026-01-10', inspection: '林晓的房间墙面有污渍', deductions: 200 },
  signedAt: now,
  documentFileId: 'cloud://x/leases/lease-apt-1/lease.pdf',
  updatedAt: now,
};

describe('anonymising housing records', () => {
  it('keeps what statistics count of an application; drops the person, owner, hash, documents and reason', () => {
    const out = anonymiseApartment(app, now);
    expect(out).toMatchObject({
      buildingId: 'apt-zhangjiang',
      status: 'ended',
      category: 'young',
      offer: app.offer,
      employer: app.employer,
    });
    expect(out).toMatchObject({ ownerId: '', idHash: '', documents: [], reason: null, anonymisedAt: now });
    expect(out.person).toEqual({ name: '', phoneMasked: '', idKind: 'passport', idMasked: '' });
  });

  it('keeps a lease’s unit, dates and rent; drops the tenant, the inspection text and the stored PDF', () => {
    const out = anonymiseLease(lease, now);
    expect(out).toMatchObject({ unitId: 'u1', start: '2025-01-10', monthlyRent: 2800, status: 'ended' });
    expect(out).toMatchObject({ ownerId: '', tenantName: '', documentFileId: null, moveOut: { inspection: '', deductions: 200 } });
  });

  it('blanks only the caller’s units of a block', () => {
    const tenant = (ownerId: string | null) => ({
      unitId: `u-${ownerId}`,
      holderId: `blk-1-${ownerId}`,
      tenant: { person, idHash: `h-${ownerId}`, namedAt: now, code: 'ABCDEFGHJK' },
      ownerId,
      leaseId: null,
      confirmedAt: null,
    });
    const block = { _id: 'blk-1', allocations: [tenant('o-1'), tenant('o-2'), tenant(null)] } as unknown as ApartmentBlock;
    const out = anonymiseBlockTenancies(block, 'o-1')!;
    expect(out.allocations[0]).toMatchObject({ ownerId: '', tenant: { idHash: '', code: '', person: { name: '' } } });
    expect(out.allocations[0].tenant!.person).not.toHaveProperty('sealed');
    expect(out.allocations.slice(1)).toEqual(block.allocations.slice(1));
    expect(anonymiseBlockTenancies(block, 'o-3')).toBeNull();
    expect(anonymiseBlockTenancies(block, '')).toBeNull();
  });
});

describe('deleting is refused while housing is under way', () => {
  it.each([
    ['awaiting-employer', 'ended', ['apt-1']],
    ['waiting', 'ended', ['apt-1']],
    ['offered', 'ended', ['apt-1']],
    ['leased', 'active', ['apt-1', 'lease-apt-1']],
    ['ended', 'ending', ['lease-apt-1']],
    ['withdrawn', 'ended', []],
    ['lapsed', 'ended', []],
  ] as const)('an application %s and a lease %s: %j', (status, leaseStatus, ids) => {
    expect(activeHousing({ applications: [{ _id: 'apt-1', status }], leases: [{ _id: 'lease-apt-1', status: leaseStatus }] })).toEqual(ids);
  });

  it('names housing beside stays and seats in the refusal', () => {
    let error: { localized: Record<string, string>; details: unknown } | null = null;
    try {
      assertNothingActive({
        stays: [{ _id: 's0', status: 'pending' }],
        seats: [],
        housing: { applications: [{ _id: 'apt-1', status: 'waiting' }], leases: [{ _id: 'lease-2', status: 'active' }] },
      });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toMatchObject({
      localized: {
        'zh-CN': '请先取消1 份进行中的入住申请和2 份进行中的人才公寓申请或租约，再注销账号',
        en: 'Cancel your 1 active stay application and 2 apartment applications or leases under way before deleting your account',
      },
      details: { activeStays: ['s0'], activeSeats: [], activeHousing: ['apt-1', 'lease-2'] },
    });
  });
});

describe('housing support on account deletion', () => {
  const schedule = [{ month: '2026-11' }, { month: '2026-12' }];
  it.each([
    ['submitted', [], [], true],
    ['more-asked', [], [], true],
    ['approved', schedule, ['2026-11'], true],
    ['approved', schedule, ['2026-11', '2026-12'], false],
    ['stopped', schedule, ['2026-11'], true],
    ['stopped', [{ month: '2026-11' }], ['2026-11'], false],
    ['rejected', [], [], false],
  ] as const)('%s, schedule %j, paid %j → under way: %s', (status, sched, paid, active) => {
    const ids = activeSupport({ applications: [{ _id: 's1', status, schedule: sched }], paidMonths: { s1: paid } });
    expect(ids).toEqual(active ? ['s1'] : []);
  });

  it('names support in the refusal, beside the rest', () => {
    expect(() =>
      assertNothingActive({
        stays: [],
        seats: [],
        support: { applications: [{ _id: 's1', status: 'submitted', schedule: [] }], paidMonths: {} },
      }),
    ).toThrow(expect.objectContaining({ details: { activeStays: [], activeSeats: [], activeSupport: ['s1'] } }));
  });

  it('keeps kind, category, amounts, schedule and re-check outcomes; drops the person, texts and files', () => {
    const files = [{ kind: 'purchase-contract', fileId: 'cloud://x/uploads/o-1/p.pdf', type: 'pdf', size: 1 }];
    const support = {
      _id: 's1',
      kind: 'rent',
      ownerId: 'o-1',
      person,
      idHash: 'h-1',
      category: 'young',
      employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技' },
      declarations: { ownsHomeInShanghai: false },
      monthlyRentPaid: 4200,
      documents: files,
      status: 'stopped',
      openQuestion: null,
      answers: [{ question: '请补充', askedAt: now, text: '我的电话 13800000000', documents: files, answeredAt: now }],
      amount: { monthly: 1500, months: 24, total: 36000 },
      schedule: [{ month: '2026-11', amount: 1500, recheck: false }],
      rechecks: [{ month: '2027-11', passed: false, note: '林晓已离职', recordedBy: 'op', recordedAt: now }],
      nextRecheck: null,
      reason: '林晓已离职',
      decidedBy: 'op',
      submittedAt: now,
      decidedAt: now,
      updatedAt: now,
      version: 3,
    } as unknown as SupportApplication;
    const out = anonymiseSupport(support, now);
    expect(out).toMatchObject({
      kind: 'rent',
      category: 'young',
      ownerId: '',
      idHash: '',
      person: { name: '', phoneMasked: '', idKind: 'passport', idMasked: '' },
      documents: [],
      answers: [{ question: '', text: '', documents: [], askedAt: now, answeredAt: now }],
      rechecks: [{ month: '2027-11', passed: false, note: '' }],
      reason: null,
      amount: support.amount,
      schedule: support.schedule,
    });
    expect(JSON.stringify(out)).not.toMatch(/林晓|13800000000|sealed|o-1/);
    const row = { _id: 's1:2026-11', applicationId: 's1', ownerId: 'o-1', kind: 'rent', name: '林晓', month: '2026-11' };
    expect(
      anonymiseDisbursement(
        { ...row, amount: 1500, paidOn: '2026-11-20', reference: 'F1', recordedBy: 'op', recordedAt: now } as SupportDisbursement,
        now,
      ),
    ).toMatchObject({
      ownerId: '',
      name: '',
      amount: 1500,
      month: '2026-11',
      paidOn: '2026-11-20',
    });
  });
});
