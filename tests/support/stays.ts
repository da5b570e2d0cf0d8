import tcb from '@cloudbase/node-sdk';
import { randomUUID } from 'node:crypto';
import { addDays } from '../../core/dates';
import { madeUpIdCard } from '../../scripts/support/id-cards';
import { now, today } from './clock';
import { callFunction } from './local-cloud';

export type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;
export const dbOf = (cloud: { url: string }): Db => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();

export { today };
export const inDays = (n: number) => addDays(today(), n);
export const requestId = () => `req-${randomUUID()}`;

let passportSerial = 0;
/** A passport number no other test uses. */
export const newPassport = () => `E${String(Date.now() % 1e6).padStart(6, '0')}${String((passportSerial += 1)).padStart(5, '0')}`;

let idCardSerial = 0;
/** A made-up ID card number no other test uses (a different one per run and per call). */
export const newIdCard = () => madeUpIdCard(Date.now() + (idCardSerial += 1));

export const file = (kind: string) => ({ kind, fileId: `cloud://local-env.bucket/uploads/${kind}.pdf`, type: 'pdf', size: 2048 });

/** An eligible overseas professional's application, for `overrides` to bend. */
export const talentApplication = (overrides: Record<string, unknown> = {}) => ({
  stationId: 'station-pudong',
  type: 'overseas-professional',
  checkIn: inDays(40),
  nights: 3,
  applicant: { name: 'Alex Chen', phone: '+8613800000000', identityDocument: { kind: 'passport', number: newPassport() } },
  intendsToWorkInShanghai: true,
  yearsAbroad: 5,
  documents: [file('passport'), file('work-proof')],
  ...overrides,
});

/** An eligible team's seat application (its leader alone, one seat for a month), for `overrides` to bend. */
export const seatApplication = (overrides: Record<string, unknown> = {}) => ({
  stationId: 'station-pudong',
  seats: 1,
  months: 1,
  startDate: inDays(14),
  documents: [file('business-plan')],
  team: {
    name: '示例团队',
    leader: { name: '组长', phone: '+8613800000000', identityDocument: { kind: 'passport', number: newPassport() } },
    members: [],
    projectSummary: 'A team looking for desks',
  },
  ...overrides,
});

/** A station of its own for a test, with `beds` beds and `seats` seats. */
export async function addStation(db: Db, id: string, beds: number, seats = 0): Promise<void> {
  await db.collection('stations').add({
    _id: id,
    name: { 'zh-CN': id, en: id },
    beds,
    seats,
    active: true,
    stayPolicy: { listedUniversities: ['Fudan University'] },
  });
}

export async function addUser(db: Db, openId: string, roles: string[], stationId: string | null = null): Promise<void> {
  const at = now();
  await db.collection('users').add({
    _id: openId,
    appId: 'wx-local-dev',
    unionId: null,
    roles,
    locale: 'zh-CN',
    displayName: openId,
    consents: [],
    stationId,
    unitId: null,
    createdAt: at,
    updatedAt: at,
  });
}

export const callStays =
  (cloud: { url: string }) =>
  (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
    callFunction(cloud, 'stays', { action, payload, ...extra }, openId).then((r) => r.body);

/** Every night's counters at a station, from the month documents. */
export async function nightCounters(db: Db, collection: 'stay_nights' | 'seat_days', stationId: string) {
  const { data } = await db.collection(collection).where({ stationId }).limit(100).get();
  return data as Array<{ capacity: number; free: Record<string, number>; held: Record<string, number> }>;
}
