import { addDays } from '../../../core/dates';
import { offerLastDay } from '../../../core/housing/lease';
import { DEFAULT_APARTMENT_POLICY } from '../../../core/housing/policy';
import { consentFirst } from '../../support/consent';
import { callHousing, seedHousing } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { now } from '../../support/clock';
import { dbOf, inDays, today, type Db } from '../../support/stays';

/**
 * A building whose policy offers automatically (`autoOffer`): the scheduler's run offers each unit free for a lease
 * term from today to the head of its type's list, as an operator would from the board; a unit freed by a decline is
 * offered on to the next run's head. A building without the policy waits for its operator.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
});
afterAll(() => cloud.stop());

const appDoc = async (id: string) => (await db.collection('apartment_applications').where({ _id: id }).limit(1).get()).data[0];
const unitDoc = async (id: string) =>
  (await db.collection('apartment_units').where({ _id: id }).limit(1).get()).data[0] as { periods: Array<Record<string, unknown>> };
const run = async (): Promise<number> => {
  const { body } = await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin');
  return body.data.housingAutoOffered;
};

/** A building (`apt-<name>`, 12-month leases) with a free unit `-101`, one leased for 100 more days, and `waiting` households in list order. */
async function building(name: string, autoOffer: boolean, waiting: string[]) {
  const buildingId = `apt-${name}`;
  const lease = { start: inDays(-265), end: inDays(100), holderId: `lease-${name}`, kind: 'lease' as const, expiresOn: null };
  const ids = waiting.map((who) => `${buildingId}-${who}`);
  const owners = waiting.map((who) => `${name}-${who}`);
  await seedHousing(db, {
    now: now(),
    employerDueOn: inDays(-10),
    leaseMonths: 12,
    buildings: [{ id: buildingId, policy: { autoOffer } }],
    units: [
      { id: `${buildingId}-101`, buildingId },
      { id: `${buildingId}-102`, buildingId, periods: [lease] },
    ],
    waiting: ids.map((id, i) => ({ id, buildingId, ownerId: owners[i] })),
  });
  await consentFirst(cloud, owners);
  return { ids, owners, policy: { ...DEFAULT_APARTMENT_POLICY, leaseMonths: 12, autoOffer } };
}

it('offers a free unit to the head of the list, once; a declined unit goes to the next head on the next run', async () => {
  const auto = await building('auto', true, ['first', 'second']);
  const manual = await building('manual', false, ['only']);

  expect(await run()).toBe(1);
  // For a lease from the day after the offer's last day: nobody pays for days before they could accept.
  const start = addDays(offerLastDay(today(), auto.policy), 1);
  const offer = { unitId: 'apt-auto-101', start, offeredOn: today(), expiresOn: offerLastDay(today(), auto.policy) };
  expect(await appDoc(auto.ids[0])).toMatchObject({ status: 'offered', offer });
  expect((await unitDoc('apt-auto-101')).periods).toEqual([
    expect.objectContaining({ holderId: auto.ids[0], kind: 'offer', start, expiresOn: offer.expiresOn }),
  ]);
  // The leased unit is not free for a term; the other building's operator offers its own.
  expect(await appDoc(auto.ids[1])).toMatchObject({ status: 'waiting' });
  expect(await appDoc(manual.ids[0])).toMatchObject({ status: 'waiting' });
  expect((await unitDoc('apt-manual-101')).periods).toEqual([]);
  // The household is told, and the audit log says who offered.
  const { data: messages } = await db.collection('messages').where({ recipient: auto.owners[0] }).limit(10).get();
  expect(messages.map((m) => m.template)).toEqual(['apartment_offered']);
  const { data: audit } = await db.collection('audit_logs').where({ action: 'housing.autoOffer' }).limit(10).get();
  expect(audit).toEqual([expect.objectContaining({ actor: 'system', after: 'offered' })]);

  // Nothing more is free: a second run offers nothing.
  expect(await run()).toBe(0);

  expect((await housing('declineOffer', { id: auto.ids[0] }, auto.owners[0])).data.status).toBe('waiting');
  expect(await run()).toBe(1);
  expect(await appDoc(auto.ids[1])).toMatchObject({ status: 'offered', offer: { unitId: 'apt-auto-101' } });
  // The household that declined is at the end of the list now, behind nobody else waiting: no unit is left for it.
  expect(await appDoc(auto.ids[0])).toMatchObject({ status: 'waiting', declines: 1 });
  expect(await run()).toBe(0);
});
