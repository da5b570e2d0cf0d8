import type { LocalizedText } from '../../../core/contract/locale';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { findByIdOrNull } from '../applications';

// The request categories and the units (reference data the admin edits), each query with the index of
// INDEXES.categories / INDEXES.units (collections.ts) that serves it; lookups by `_id` use the primary key.

/** A category or unit as stored. */
export interface CatalogDoc {
  _id: string;
  name: LocalizedText;
  active: boolean;
  order?: number;
}

type CatalogCollection = typeof COLLECTIONS.categories | typeof COLLECTIONS.units;

/** The active categories in the admin's order (`active_order`), at most `limit`. */
export async function activeCategories(db: Database, limit: number): Promise<CatalogDoc[]> {
  const { data } = await db.collection(COLLECTIONS.categories).where({ active: true }).orderBy('order', 'asc').limit(limit).get();
  return data as CatalogDoc[];
}

/** The active units (`active`), at most `limit`. */
export async function activeUnits(db: Database, limit: number): Promise<CatalogDoc[]> {
  const { data } = await db.collection(COLLECTIONS.units).where({ active: true }).limit(limit).get();
  return data as CatalogDoc[];
}

/** Every category or unit, active or not (the admin's list; `active` / `active_order` with both values). */
export async function allCatalog(db: Database, collection: CatalogCollection): Promise<CatalogDoc[]> {
  const { data } = await db
    .collection(collection)
    .where({ active: db.command.in([true, false]) })
    .limit(1000)
    .get();
  return data as CatalogDoc[];
}

/** One category or unit by `_id`, active or not; null when there is none. */
export const findCatalogEntry = (db: Database, collection: CatalogCollection, id: string) => findByIdOrNull<CatalogDoc>(db, collection, id);

/** Writes one category or unit whole, by `_id` (created when missing). */
export async function setCatalogEntry(
  db: Database,
  collection: CatalogCollection,
  id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  await db.collection(collection).doc(id).set(fields);
}
