import { ALL_COLLECTIONS, COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import type { Store } from '../db/store';
import type { Doc } from '../db/types';
import { SHIPPED_CALENDARS } from '../../core/calendar/years';
import { DEMO_CATEGORIES, DEMO_STATION, DEMO_UNITS, demoUsers } from './demo-district';
import { demoHousing } from './demo-housing';

/** Creates the collections that are missing, as provisioning does on CloudBase. */
export async function provisionCollections(store: Store): Promise<string[]> {
  const missing = ALL_COLLECTIONS.filter((name) => !store.hasCollection(name));
  for (const name of missing) await store.createCollection(name);
  return missing;
}

/** Seeds the demo district once: only when the users collection was just created (a fresh data folder). */
export async function seedDemoDistrict(store: Store, now = new Date()): Promise<void> {
  const housing = demoHousing(now);
  const docs: Array<[string, Doc]> = [
    [COLLECTIONS.stations, DEMO_STATION],
    ...DEMO_CATEGORIES.map((c): [string, Doc] => [COLLECTIONS.categories, c]),
    ...DEMO_UNITS.map((u): [string, Doc] => [COLLECTIONS.units, u]),
    ...demoUsers(now).map((u): [string, Doc] => [COLLECTIONS.users, u as unknown as Doc]),
    // The working-day calendars shipped with the code (2026); later years are loaded by an admin.
    // Talent apartments: two buildings, their units, a few leases and households waiting (demo-housing.ts).
    ...housing.buildings.map((d): [string, Doc] => [COLLECTIONS.apartmentBuildings, d as unknown as Doc]),
    ...housing.units.map((d): [string, Doc] => [COLLECTIONS.apartmentUnits, d as unknown as Doc]),
    ...housing.applications.map((d): [string, Doc] => [COLLECTIONS.apartmentApplications, d as unknown as Doc]),
    ...housing.leases.map((d): [string, Doc] => [COLLECTIONS.apartmentLeases, d as unknown as Doc]),
    ...housing.employers.map((d): [string, Doc] => [COLLECTIONS.apartmentEmployers, d as unknown as Doc]),
    ...SHIPPED_CALENDARS.map((c): [string, Doc] => [COLLECTIONS.calendars, { _id: c.year, ...c, updatedAt: now }]),
  ];
  await store.commit(docs.map(([collection, doc]) => ({ collection, id: doc._id, doc })));
}
