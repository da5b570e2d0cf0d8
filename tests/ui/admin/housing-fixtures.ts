import { addDays, shanghaiDateOf } from '@core/calendar/dates';
import { DEFAULT_APARTMENT_POLICY } from '@core/housing/policy';

// Replies of the housing function's staff actions for the admin screens' tests, shaped by core's schemas.

export const TODAY = shanghaiDateOf(new Date());
export const inDays = (n: number) => addDays(TODAY, n);
const AT = '2026-11-20T02:00:00.000Z';

export const building = (id: string, overrides: Record<string, unknown> = {}) => ({
  _id: id,
  name: { 'zh-CN': id === 'apt-a' ? '张江人才公寓' : '金桥人才公寓', en: id === 'apt-a' ? 'Zhangjiang' : 'Jinqiao' },
  district: '浦东新区',
  address: { 'zh-CN': '示例路 1 号', en: '1 Example Road' },
  location: { latitude: 31.2, longitude: 121.6 },
  photos: [],
  facilities: ['健身房'],
  stationId: 'station-pudong',
  unitTypes: { studio: { area: 30, monthlyRent: 3000, deposit: 3000 }, 'one-room': { area: 45, monthlyRent: 4500, deposit: 4500 } },
  viewing: { times: ['10:00'], capacity: 2 },
  policy: DEFAULT_APARTMENT_POLICY,
  active: true,
  updatedAt: AT,
  ...overrides,
});

type Period = { start: string; end: string; holderId: string; kind: 'offer' | 'lease'; expiresOn: string | null };

export const unit = (id: string, overrides: { type?: string; status?: string; periods?: Period[]; buildingId?: string } = {}) => ({
  _id: id,
  buildingId: overrides.buildingId ?? 'apt-a',
  number: id.replace(/^.*-/, ''),
  floor: Number(id.replace(/^.*-/, '').slice(0, 1)),
  type: overrides.type ?? 'one-room',
  status: overrides.status ?? 'available',
  periods: overrides.periods ?? [],
  version: 1,
  updatedAt: AT,
});

export const leasePeriod = (start: string, end: string, holderId = 'APP-L'): Period => ({
  start,
  end,
  holderId,
  kind: 'lease',
  expiresOn: null,
});
export const offerPeriod = (start: string, end: string, expiresOn: string, holderId = 'APP-O'): Period => ({
  start,
  end,
  holderId,
  kind: 'offer',
  expiresOn,
});

export const application = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  _id: id,
  buildingId: 'apt-a',
  unitType: 'one-room',
  ownerId: `owner-${id}`,
  person: { name, phoneMasked: '138****0000', idKind: 'passport', idMasked: 'E1****78' },
  householdSize: 1,
  category: 'young',
  degree: 'master',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技有限公司' },
  declarations: { socialInsuranceInShanghai: true, ownsHomeInShanghai: false },
  documents: [],
  status: 'waiting',
  employerDueOn: inDays(5),
  queuedAt: AT,
  declines: 0,
  offer: null,
  viewing: null,
  leaseId: null,
  reason: null,
  submittedAt: AT,
  updatedAt: AT,
  ...overrides,
});

export const waiting = (id: string, name: string, position: number, tier: number, overrides: Record<string, unknown> = {}) => ({
  ...application(id, name, overrides),
  tier,
  position,
});

export const lease = (id: string, overrides: Record<string, unknown> = {}) => ({
  _id: id,
  applicationId: `APP-${id}`,
  ownerId: `owner-${id}`,
  buildingId: 'apt-a',
  unitId: 'apt-a-101',
  unitType: 'one-room',
  tenantName: '陈一鸣',
  start: inDays(-300),
  end: inDays(65),
  monthlyRent: 3150,
  deposit: 4500,
  months: 12,
  status: 'active',
  renewals: [],
  notice: null,
  moveIn: null,
  moveOut: null,
  signedAt: AT,
  updatedAt: AT,
  ...overrides,
});
