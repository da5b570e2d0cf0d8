/**
 * The one list of collections. Provisioning creates them on CloudBase; the local cloud creates them on first
 * start. Every one holds data only functions may touch (security rules deny direct client access).
 */
export const COLLECTIONS = {
  users: 'users',
  stations: 'stations',
  units: 'units',
  categories: 'categories',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
export const ALL_COLLECTIONS: CollectionName[] = Object.values(COLLECTIONS);
