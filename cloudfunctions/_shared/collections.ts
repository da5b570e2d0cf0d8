/**
 * The one list of collections. Provisioning creates them on CloudBase; the local cloud creates them on first
 * start. Every one holds data only functions may touch (security rules deny direct client access).
 */
export const COLLECTIONS = {
  users: 'users',
  stations: 'stations',
  units: 'units',
  categories: 'categories',
  /** One record per submit (`requestId`), so a retried submit creates nothing twice. */
  idempotency: 'idempotency',
  /** Who did what to which record, with the status before and after. */
  auditLogs: 'audit_logs',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
export const ALL_COLLECTIONS: CollectionName[] = Object.values(COLLECTIONS);
