import { DEFAULT_APARTMENT_POLICY } from '@core/housing/policy';
import type { MyApplication, MyLease, Building } from '@/housing/services/housing';

/** What `housing.buildings` answers for the demo's Zhangjiang building (as JSON: instants are strings). */
export const BUILDING: Building = {
  _id: 'apt-zhangjiang',
  name: { 'zh-CN': '张江人才公寓', en: 'Zhangjiang Talent Apartments' },
  district: '浦东新区',
  address: { 'zh-CN': '上海市浦东新区示例路 200 号', en: '200 Example Road' },
  location: { latitude: 31.2, longitude: 121.59 },
  photos: [],
  facilities: ['健身房'],
  stationId: 'station-pudong',
  unitTypes: {
    studio: { area: 35, monthlyRent: 3200, deposit: 3200 },
    'one-room': { area: 50, monthlyRent: 4500, deposit: 4500 },
  },
  viewing: { times: ['10:00', '14:00'], capacity: 3 },
  policy: DEFAULT_APARTMENT_POLICY,
  active: true,
  updatedAt: '2026-12-01T00:00:00.000Z',
  freeUnits: { studio: 3, 'one-room': 0 },
};

export const ME = {
  openId: 'demo-applicant',
  roles: ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted: true, acceptedAt: '2026-11-02T00:00:00.000Z', outdated: false },
};

export const application = (status: MyApplication['status'], extra: Partial<MyApplication> = {}): MyApplication => ({
  _id: `apt-${status}`,
  buildingId: 'apt-zhangjiang',
  unitType: 'one-room',
  ownerId: 'demo-applicant',
  person: { name: '林晓', phoneMasked: '138****0000', idKind: 'passport', idMasked: 'E1****78' },
  householdSize: 1,
  category: 'young',
  degree: 'master',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技有限公司' },
  declarations: { socialInsuranceInShanghai: true, ownsHomeInShanghai: false },
  documents: [],
  status,
  employerDueOn: '2026-12-11',
  queuedAt: null,
  declines: 0,
  offer: null,
  viewing: null,
  leaseId: null,
  reason: null,
  submittedAt: '2026-12-04T02:00:00.000Z',
  updatedAt: '2026-12-04T02:00:00.000Z',
  waitingPosition: null,
  buildingName: BUILDING.name,
  ...extra,
});

/** A lease as `housing.mine` lists it (with its building's name); `requestRenewal` and the like answer it without. */
export const lease = (extra: Partial<MyLease> = {}): MyLease => ({
  _id: 'lease-apt-leased',
  applicationId: 'apt-leased',
  ownerId: 'demo-applicant',
  buildingId: 'apt-zhangjiang',
  unitId: 'apt-zhangjiang-202',
  unitType: 'one-room',
  tenantName: '林晓',
  start: '2026-01-10',
  end: '2027-01-10',
  monthlyRent: 3150,
  deposit: 4500,
  months: 12,
  status: 'active',
  renewals: [],
  notice: null,
  moveIn: null,
  moveOut: null,
  signedAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  buildingName: BUILDING.name,
  ...extra,
});
