import { ALL_COLLECTIONS, COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { missingReferenceData, referenceData } from '../../cloudfunctions/_shared/reference-data';
import type { Store } from '../db/store';
import type { Doc } from '../db/types';
import { DEMO_STATION, DEMO_UNITS, demoUsers } from './demo-district';
import { demoLiaisonData, demoTalents } from './demo-liaisons';
import { DEMO_APPLICANT_TALENT, DEMO_POLICIES } from './demo-policies';
import { demoEvents } from './demo-events';
import { demoHousing } from './demo-housing';
import { DEMO_NETWORK } from './demo-stations';
import { demoSupport, demoSupportClaims } from './demo-support';

/** Creates the collections that are missing, as provisioning does on CloudBase. */
export async function provisionCollections(store: Store): Promise<string[]> {
  const missing = ALL_COLLECTIONS.filter((name) => !store.hasCollection(name));
  for (const name of missing) await store.createCollection(name);
  return missing;
}

/**
 * Writes the reference data (categories, shipped calendars) the store lacks, as `npm run provision` does on
 * CloudBase: by id, never over a document that exists. Runs on every start, so a data folder from before a new
 * shipped calendar gets it too. Answers how many documents were written.
 */
export async function provisionReferenceData(store: Store, now = new Date()): Promise<number> {
  const data = referenceData(now);
  const view = store.latestView();
  const existing = new Map<string, Set<string>>();
  for (const { collection, doc } of data) {
    if (store.get(collection, doc._id, view)) existing.set(collection, (existing.get(collection) ?? new Set()).add(doc._id));
  }
  const missing = missingReferenceData(data, existing);
  if (missing.length) await store.commit(missing.map(({ collection, doc }) => ({ collection, id: doc._id, doc: doc as Doc })));
  return missing.length;
}

/** Seeds the demo district once: only when the users collection was just created (a fresh data folder). */
export async function seedDemoDistrict(store: Store, now = new Date()): Promise<void> {
  const housing = demoHousing(now);
  const support = demoSupport(now);
  const docs: Array<[string, Doc]> = [
    [COLLECTIONS.stations, DEMO_STATION],
    // The rest of the station network: youth stations, a partner incubator, an apartment building (demo-stations.ts).
    ...DEMO_NETWORK.map((s): [string, Doc] => [COLLECTIONS.stations, s as unknown as Doc]),
    ...DEMO_UNITS.map((u): [string, Doc] => [COLLECTIONS.units, u]),
    ...demoUsers(now)
      .map((u) => (u._id === 'demo-applicant' ? { ...u, talent: DEMO_APPLICANT_TALENT } : u))
      .map((u): [string, Doc] => [COLLECTIONS.users, u as unknown as Doc]),
    ...demoTalents(now).map((u): [string, Doc] => [COLLECTIONS.users, u as unknown as Doc]),
    ...DEMO_POLICIES.map((p): [string, Doc] => [COLLECTIONS.policies, { ...p, withdrawn: false, updatedAt: now, updatedBy: 'seed' }]),
    ...demoLiaisonData(now).pairs.map((p): [string, Doc] => [COLLECTIONS.liaisonPairs, p]),
    ...demoLiaisonData(now).visits.map((v): [string, Doc] => [COLLECTIONS.liaisonContacts, v]),
    // A few events of the seed material's kinds, dated from today (core/events).
    ...demoEvents(now),
    // Talent apartments: two buildings, their units, a few leases and households waiting (demo-housing.ts).
    ...housing.buildings.map((d): [string, Doc] => [COLLECTIONS.apartmentBuildings, d as unknown as Doc]),
    ...housing.units.map((d): [string, Doc] => [COLLECTIONS.apartmentUnits, d as unknown as Doc]),
    ...housing.applications.map((d): [string, Doc] => [COLLECTIONS.apartmentApplications, d as unknown as Doc]),
    ...housing.leases.map((d): [string, Doc] => [COLLECTIONS.apartmentLeases, d as unknown as Doc]),
    ...housing.employers.map((d): [string, Doc] => [COLLECTIONS.apartmentEmployers, d as unknown as Doc]),
    ...housing.blocks.map((d): [string, Doc] => [COLLECTIONS.apartmentBlocks, d as unknown as Doc]),
    // Housing support: one rent support approved with its schedule, one purchase subsidy in the queue (demo-support.ts).
    ...support.applications.map((d): [string, Doc] => [COLLECTIONS.supportApplications, d as unknown as Doc]),
    ...support.disbursements.map((d): [string, Doc] => [COLLECTIONS.supportDisbursements, d as unknown as Doc]),
    ...demoSupportClaims(support.applications).map((d): [string, Doc] => [COLLECTIONS.supportClaims, d as unknown as Doc]),
  ];
  await store.commit(docs.map(([collection, doc]) => ({ collection, id: doc._id, doc })));
}
