import { addDays, addMonths, shanghaiDate } from '../../core/dates';
import { DEFAULT_APARTMENT_POLICY } from '../../core/housing/policy';
import type { UnitType } from '../../core/housing/model';
import type {
  ApartmentApplication,
  ApartmentBlock,
  ApartmentBuilding,
  ApartmentEmployer,
  ApartmentLease,
  ApartmentUnit,
} from '../../core/housing/records';
import type { Sealed } from '../../core/personal-data';
import type { TalentCategory } from '../../core/talent/profile';
import { DEMO_STATION } from './demo-district';

/**
 * The demo district's talent apartments: two buildings run by the demo station, 40 units in all, three leases and
 * four households waiting, and the demo employer in the register (its HR is the demo employer persona). All names
 * and numbers are invented.
 */
export const DEMO_EMPLOYER_CREDIT_CODE = '91310115MA1K3YJ2X8';

const building = (
  id: string,
  zh: string,
  en: string,
  address: [string, string],
  location: { latitude: number; longitude: number },
  facilities: string[],
  now: Date,
): ApartmentBuilding => ({
  _id: id,
  name: { 'zh-CN': zh, en },
  district: '浦东新区',
  address: { 'zh-CN': address[0], en: address[1] },
  location,
  photos: [],
  facilities,
  stationId: DEMO_STATION._id,
  unitTypes: {
    studio: { area: 35, monthlyRent: 3200, deposit: 3200 },
    'one-room': { area: 50, monthlyRent: 4500, deposit: 4500 },
    'two-rooms': { area: 75, monthlyRent: 6800, deposit: 6800 },
  },
  viewing: { times: ['10:00', '14:00', '16:00'], capacity: 3 },
  policy: { ...DEFAULT_APARTMENT_POLICY },
  active: true,
  updatedAt: now,
});

/** `count` units over floors of four: studios, one-room and two-room units in turn. */
function units(buildingId: string, prefix: string, count: number, now: Date): ApartmentUnit[] {
  const types: UnitType[] = ['studio', 'one-room', 'one-room', 'two-rooms'];
  return Array.from({ length: count }, (_, i) => {
    const floor = Math.floor(i / 4) + 2;
    const number = `${floor}0${(i % 4) + 1}`;
    return {
      _id: `${buildingId}-${number}`,
      buildingId,
      number: `${prefix}${number}`,
      floor,
      type: types[i % 4],
      status: 'available' as const,
      periods: [],
      version: 0,
      updatedAt: now,
    };
  });
}

const NO_SEAL = null as unknown as { phone: Sealed; idNumber: Sealed };

function application(input: {
  id: string;
  buildingId: string;
  unitType: UnitType;
  ownerId: string;
  name: string;
  category: TalentCategory;
  status: ApartmentApplication['status'];
  submittedAt: Date;
  leaseId?: string;
}): ApartmentApplication {
  return {
    _id: input.id,
    buildingId: input.buildingId,
    unitType: input.unitType,
    ownerId: input.ownerId,
    person: { name: input.name, phoneMasked: '138****0000', idKind: 'id-card', idMasked: '3101**********000X', sealed: NO_SEAL },
    idHash: `demo-${input.id}`,
    householdSize: 1,
    category: input.category,
    degree: 'master',
    employer: { creditCode: DEMO_EMPLOYER_CREDIT_CODE, name: '示例科技有限公司' },
    declarations: { socialInsuranceInShanghai: true, ownsHomeInShanghai: false },
    documents: [],
    status: input.status,
    employerDueOn: shanghaiDate(input.submittedAt),
    queuedAt: input.submittedAt,
    declines: 0,
    offer: null,
    viewing: null,
    leaseId: input.leaseId ?? null,
    reason: null,
    submittedAt: input.submittedAt,
    updatedAt: input.submittedAt,
  };
}

export function demoHousing(now: Date) {
  const today = shanghaiDate(now);
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const buildings = [
    building(
      'apt-zhangjiang',
      '张江人才公寓',
      'Zhangjiang Talent Apartments',
      ['上海市浦东新区示例路 200 号', '200 Example Road, Pudong New Area, Shanghai'],
      { latitude: 31.2035, longitude: 121.5906 },
      ['健身房', '共享厨房', '洗衣房', '地铁站步行 5 分钟'],
      now,
    ),
    building(
      'apt-jinqiao',
      '金桥人才公寓',
      'Jinqiao Talent Apartments',
      ['上海市浦东新区示例路 300 号', '300 Example Road, Pudong New Area, Shanghai'],
      { latitude: 31.2565, longitude: 121.6042 },
      ['会客厅', '自行车停放', '24 小时安保'],
      now,
    ),
  ];
  const allUnits = [...units('apt-zhangjiang', 'A', 24, now), ...units('apt-jinqiao', 'B', 16, now)];
  // Three leases: one ending within the renewal window, one later this year, one just begun.
  const leased = [
    {
      unit: allUnits[1],
      name: '陈一鸣',
      owner: 'demo-tenant-1',
      start: addMonths(addDays(today, 40), -12),
      category: 'high-level' as const,
    },
    {
      unit: allUnits[2],
      name: '刘思远',
      owner: 'demo-tenant-2',
      start: addMonths(addDays(today, 150), -12),
      category: 'shortage' as const,
    },
    { unit: allUnits[25], name: '周安然', owner: 'demo-tenant-3', start: addDays(today, -20), category: 'young' as const },
  ];
  const applications: ApartmentApplication[] = [];
  const leases: ApartmentLease[] = [];
  leased.forEach((l, i) => {
    const appId = `apt-demo-lease-${i + 1}`;
    const leaseId = `lease-${appId}`;
    const end = addMonths(l.start, 12);
    applications.push(
      application({
        id: appId,
        buildingId: l.unit.buildingId,
        unitType: l.unit.type,
        ownerId: l.owner,
        name: l.name,
        category: l.category,
        status: 'leased',
        submittedAt: daysAgo(400),
        leaseId,
      }),
    );
    l.unit.periods = [{ start: l.start, end, holderId: appId, kind: 'lease', expiresOn: null }];
    const spec = buildings.find((b) => b._id === l.unit.buildingId)!.unitTypes[l.unit.type]!;
    leases.push({
      _id: leaseId,
      applicationId: appId,
      ownerId: l.owner,
      buildingId: l.unit.buildingId,
      unitId: l.unit._id,
      unitType: l.unit.type,
      tenantName: l.name,
      start: l.start,
      end,
      monthlyRent: Math.round(spec.monthlyRent * DEFAULT_APARTMENT_POLICY.rentShare),
      deposit: spec.deposit,
      months: 12,
      status: 'active',
      renewals: [],
      notice: null,
      moveIn: { on: l.start, checklist: [{ item: '钥匙 2 把', ok: true }] },
      moveOut: null,
      signedAt: daysAgo(380),
      updatedAt: daysAgo(380),
    });
  });
  // Four households waiting for a one-room unit at Zhangjiang, in two priority tiers.
  const waiting: Array<[string, TalentCategory, number]> = [
    ['吴嘉禾', 'young', 30],
    ['郑书言', 'leading', 12],
    ['孙沐阳', 'graduate', 20],
    ['钱若溪', 'shortage', 8],
  ];
  waiting.forEach(([name, category, days], i) =>
    applications.push(
      application({
        id: `apt-demo-waiting-${i + 1}`,
        buildingId: 'apt-zhangjiang',
        unitType: 'one-room',
        ownerId: `demo-waiting-${i + 1}`,
        name,
        category,
        status: 'waiting',
        submittedAt: daysAgo(days),
      }),
    ),
  );
  const employers: ApartmentEmployer[] = [
    { _id: DEMO_EMPLOYER_CREDIT_CODE, name: '示例科技有限公司', hrOpenIds: ['demo-employer'], active: true, updatedAt: now },
  ];
  // The demo employer asks for two one-room units at Jinqiao for new staff (tenancies.applyBlock), awaiting the operator.
  const blockStart = addDays(today, 30);
  const blocks: ApartmentBlock[] = [
    {
      _id: 'blk-demo-jinqiao',
      buildingId: 'apt-jinqiao',
      unitType: 'one-room',
      employer: { creditCode: DEMO_EMPLOYER_CREDIT_CODE, name: '示例科技有限公司' },
      requestedBy: 'demo-employer',
      units: 2,
      start: blockStart,
      months: 12,
      end: addMonths(blockStart, 12),
      status: 'pending',
      allocations: [],
      reason: null,
      version: 0,
      submittedAt: daysAgo(2),
      updatedAt: daysAgo(2),
    },
  ];
  return { buildings, units: allUnits, applications, leases, employers, blocks };
}
