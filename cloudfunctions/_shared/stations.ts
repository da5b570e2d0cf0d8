import { AppError } from '../../core/contract';
import type { Station } from '../../core/stations/model';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

// The one station repository: every function reads and writes `stations` through these. Lookups by `_id` use the
// primary key; the lists use the `active_order` index (`INDEXES.stations` in collections.ts).

const stations = (db: Database) => db.collection(COLLECTIONS.stations);

/** The station, active or not; null when there is none. */
export async function findStation(db: Database, stationId: string): Promise<Station | null> {
  const { data } = await stations(db).where({ _id: stationId }).limit(1).get();
  return (data[0] as Station | undefined) ?? null;
}

/** The station a booking or a desk action is about: NOT_FOUND unless it exists and, by default, is active. */
export async function loadStation(db: Database, stationId: string, options: { inactive?: boolean } = {}): Promise<Station> {
  const station = await findStation(db, stationId);
  if (!station || (!station.active && !options.inactive)) throw new AppError('NOT_FOUND');
  return station;
}

/** The stations a page of applications names, in one query (a sweep's page touches few stations, often one). */
export async function stationsByIds(db: Database, stationIds: readonly string[]): Promise<Map<string, Station>> {
  const ids = [...new Set(stationIds)];
  if (ids.length === 0) return new Map();
  const { data } = await stations(db)
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .get();
  return new Map((data as Station[]).map((station) => [station._id, station]));
}

/**
 * The district's home station, for a caller who has not chosen one: the active station with the lowest `order`
 * (index `active_order`, read in order, one document); a network whose stations have no order yet: any active one.
 */
export async function firstActiveStation(db: Database): Promise<Station | null> {
  const ordered = await stations(db)
    .where({ active: true, order: db.command.gte(0) })
    .orderBy('order', 'asc')
    .limit(1)
    .get();
  if (ordered.data.length > 0) return ordered.data[0] as Station;
  const { data } = await stations(db).where({ active: true }).limit(1).get();
  return (data[0] as Station | undefined) ?? null;
}

/** The most stations one network list reads (a district's 20-odd youth stations and partners fit many times). */
export const NETWORK_LIMIT = 200;

/** The active stations, of one district when named (index `active_order`: `active` pinned; the list sorts in core). */
export async function activeStations(db: Database, district?: string): Promise<Station[]> {
  const { data } = await stations(db)
    .where(district ? { active: true, district } : { active: true })
    .limit(NETWORK_LIMIT)
    .get();
  return data as Station[];
}

/** Every station, active or not (the admin's list; a district has a handful). */
export async function listStations(db: Database, limit = 100): Promise<Station[]> {
  const { data } = await stations(db)
    .where({ active: db.command.in([true, false]) })
    .limit(limit)
    .get();
  return data as Station[];
}

/** Changes fields of one station (an admin's capacity or policy edit); `_.set` values replace whole objects. */
export async function updateStation(db: Database, stationId: string, fields: Record<string, unknown>): Promise<void> {
  await stations(db).doc(stationId).update(fields);
}
