import { DEFAULT_APARTMENT_POLICY, type ApartmentPolicy } from '../../core/housing/policy';
import type { ApartmentApplication, ApartmentBuilding, ApartmentUnit } from '../../core/housing/records';
import type { UnitPeriod } from '../../core/housing/unit-periods';
import type { Sealed } from '../../core/personal-data';
import { DEMO_EMPLOYER_CREDIT_CODE } from '../../local-cloud/seed/demo-housing';

// Stored housing documents for the races (tests/integration/functions/*-concurrency), the KPI test and the housing
// bench: the same building of one-room units, its units and its waiting list, built once here.

type Bilingual = { 'zh-CN': string; en: string };
/** Just what seeding needs of a database (the local cloud's, through @cloudbase/node-sdk). */
type Collections = { collection(name: string): { add(doc: object): Promise<unknown> } };

/** Nothing sealed: these households' numbers are never revealed. */
const NO_SEAL = null as unknown as { phone: Sealed; idNumber: Sealed };

/**
 * A building of one-room units, viewings at 10:00 for two unless `viewing` says otherwise; `leaseMonths` short packs
 * many offers on a unit; `policy` changes more of the default policy (`autoOffer`…).
 */
export const storedBuilding = (input: {
  id: string;
  name?: Bilingual;
  leaseMonths: number;
  now: Date;
  viewing?: ApartmentBuilding['viewing'];
  policy?: Partial<ApartmentPolicy>;
}): ApartmentBuilding => ({
  _id: input.id,
  name: input.name ?? { 'zh-CN': input.id, en: input.id },
  district: '浦东新区',
  address: { 'zh-CN': '测试路', en: 'Test Road' },
  location: null,
  photos: [],
  facilities: [],
  stationId: 'station-pudong',
  unitTypes: { 'one-room': { area: 50, monthlyRent: 4000, deposit: 4000 } },
  viewing: input.viewing ?? { times: ['10:00'], capacity: 2 },
  policy: { ...DEFAULT_APARTMENT_POLICY, ...input.policy, leaseMonths: input.leaseMonths },
  active: true,
  updatedAt: input.now,
});

/** An available one-room unit on the first floor, free unless `periods` hold it. */
export const storedUnit = (input: {
  id: string;
  buildingId: string;
  number?: string;
  periods?: UnitPeriod[];
  now: Date;
}): ApartmentUnit => ({
  _id: input.id,
  buildingId: input.buildingId,
  number: input.number ?? input.id,
  floor: 1,
  type: 'one-room',
  status: 'available',
  periods: input.periods ?? [],
  version: 0,
  updatedAt: input.now,
});

/** A household's one-room application: a young talent with a master's, alone, employed by the demo employer. */
export const storedApplication = (input: {
  id: string;
  buildingId: string;
  ownerId: string;
  status: ApartmentApplication['status'];
  queuedAt: Date;
  /** The employer's confirmation date, long past for a household already waiting. */
  employerDueOn: string;
  leaseId?: string | null;
  offer?: ApartmentApplication['offer'];
}): ApartmentApplication => ({
  _id: input.id,
  buildingId: input.buildingId,
  unitType: 'one-room',
  ownerId: input.ownerId,
  person: { name: input.ownerId, phoneMasked: '138****0000', idKind: 'id-card', idMasked: '3101**********000X', sealed: NO_SEAL },
  idHash: `hash-${input.id}`,
  householdSize: 1,
  category: 'young',
  degree: 'master',
  employer: { creditCode: DEMO_EMPLOYER_CREDIT_CODE, name: '示例科技有限公司' },
  declarations: { socialInsuranceInShanghai: true, ownsHomeInShanghai: false },
  documents: [],
  status: input.status,
  employerDueOn: input.employerDueOn,
  queuedAt: input.queuedAt,
  declines: 0,
  offer: input.offer ?? null,
  viewing: null,
  leaseId: input.leaseId ?? null,
  reason: null,
  submittedAt: input.queuedAt,
  updatedAt: input.queuedAt,
});

/**
 * Stores buildings of one-room units, their units and a waiting list of households queued a minute apart, the
 * first the longest (so the list's order is `waiting`'s), every household's employer confirmation past
 * (`employerDueOn`). Households are added fifty at a time.
 */
export async function seedHousing(
  db: Collections,
  spec: {
    now: Date;
    employerDueOn: string;
    leaseMonths: number;
    buildings: Array<{ id: string; name?: Bilingual; viewing?: ApartmentBuilding['viewing']; policy?: Partial<ApartmentPolicy> }>;
    units: Array<{ id: string; buildingId: string; number?: string; periods?: UnitPeriod[] }>;
    waiting: Array<{ id: string; buildingId: string; ownerId: string }>;
  },
): Promise<void> {
  const { now, employerDueOn, leaseMonths } = spec;
  for (const building of spec.buildings) await db.collection('apartment_buildings').add(storedBuilding({ ...building, leaseMonths, now }));
  for (const unit of spec.units) await db.collection('apartment_units').add(storedUnit({ ...unit, now }));
  for (let i = 0; i < spec.waiting.length; i += 50) {
    await Promise.all(
      spec.waiting.slice(i, i + 50).map((household, j) => {
        const queuedAt = new Date(now.getTime() - (spec.waiting.length - i - j) * 60_000);
        return db.collection('apartment_applications').add(storedApplication({ ...household, status: 'waiting', queuedAt, employerDueOn }));
      }),
    );
  }
}
