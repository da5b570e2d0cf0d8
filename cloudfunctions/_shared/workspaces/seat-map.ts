import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../../core/dates';
import type { SeatMap, SeatReservation } from '../../../core/workspaces/seat-map';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { addOnce } from '../duplicate';

/**
 * The station's seat map; empty if no seat was ever reserved there. Reading writes nothing (a refused assignment
 * must leave the database as it was): the document is created by the first reservation (`reserveSeats`).
 */
export async function readSeatMap(db: Database, stationId: string): Promise<SeatMap> {
  const { data } = await db.collection(COLLECTIONS.seatMaps).where({ _id: stationId }).limit(1).get();
  return (data[0] as SeatMap | undefined) ?? { _id: stationId, versions: {}, taken: {} };
}

/** Creates the station's empty seat map; false if it already exists (whoever inserts first wins). */
const createSeatMap = (db: Database, stationId: string): Promise<boolean> =>
  addOnce(db, COLLECTIONS.seatMaps, { _id: stationId, versions: {}, taken: {} });

/**
 * Reserves seat numbers for one assignment attempt if and only if none of them was reserved since `seen` was read
 * (what the decision was made from): one conditional single-document update, which the database applies
 * atomically, so of two attempts decided from the same map for the same number exactly one commits. Answers the
 * attempt's key, or null when one of the numbers moved.
 */
export async function reserveSeats(
  db: Database,
  input: { stationId: string; seen: Record<string, number | null>; applicationId: string; reservation: SeatReservation },
): Promise<string | null> {
  const _ = db.command;
  const attempt = randomUUID();
  const where: Record<string, unknown> = { _id: input.stationId };
  const update: Record<string, unknown> = { [`taken.${input.applicationId}.${attempt}`]: _.set(input.reservation as never) };
  for (const [n, version] of Object.entries(input.seen)) {
    where[`versions.${n}`] = version === null ? _.exists(false) : version;
    update[`versions.${n}`] = _.inc(1);
  }
  const compareAndSet = async () => (await db.collection(COLLECTIONS.seatMaps).where(where).update(update)).updated === 1;
  if (await compareAndSet()) return attempt;
  // Applied though its reply was lost (sent again, the versions had moved): the attempt's reservation is there.
  const reserved = async () => (await readSeatMap(db, input.stationId)).taken?.[input.applicationId]?.[attempt] !== undefined;
  // No map yet (the station's first reservation): create it empty and compare again. If someone else created it
  // meanwhile, the comparison decides as for any other concurrent reservation.
  if (!(await createSeatMap(db, input.stationId))) return (await reserved()) ? attempt : null;
  return (await compareAndSet()) || (await reserved()) ? attempt : null;
}

/**
 * Gives back an application's reservations: one attempt (it lost the approval race), or all of them (the
 * application stopped holding seats). Freeing needs no version: a decision made from a map that still showed
 * these seats taken was only more cautious.
 */
export async function dropReservations(db: Database, input: { stationId: string; applicationId: string; attempt?: string }): Promise<void> {
  const path = input.attempt ? `taken.${input.applicationId}.${input.attempt}` : `taken.${input.applicationId}`;
  await db
    .collection(COLLECTIONS.seatMaps)
    .where({ _id: input.stationId })
    .update({ [path]: db.command.remove() });
}

/**
 * Shortens an application's reservations to end at `end` (excluded): the numbers are free again from then on. Like
 * freeing, this needs no version (a decision made from the longer reservation was only more cautious).
 */
export async function shortenReservations(
  db: Database,
  input: { stationId: string; applicationId: string; end: CalendarDate },
): Promise<void> {
  const attempts = (await readSeatMap(db, input.stationId)).taken?.[input.applicationId] ?? {};
  const update = Object.fromEntries(
    Object.entries(attempts)
      .filter(([, reservation]) => reservation.end > input.end)
      .map(([attempt]) => [`taken.${input.applicationId}.${attempt}.end`, input.end]),
  );
  if (Object.keys(update).length === 0) return;
  await db.collection(COLLECTIONS.seatMaps).where({ _id: input.stationId }).update(update);
}
