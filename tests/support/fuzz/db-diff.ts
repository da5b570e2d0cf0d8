import type { Store } from '../../../local-cloud/db/store';

/** Every stored document by collection and id, as the store holds them (immutable objects: compared by reference first). */
export type Snapshot = Map<string, Map<string, unknown>>;

export function snapshot(store: Store, excluded: readonly string[]): Snapshot {
  const view = store.latestView();
  const out: Snapshot = new Map();
  for (const collection of store.listCollections()) {
    if (excluded.includes(collection)) continue;
    out.set(collection, new Map(store.scan(collection, view).map((doc) => [String((doc as { _id: unknown })._id), doc])));
  }
  return out;
}

/**
 * A month's capacity counters created on first use with nothing held (stay_nights, seat_days): shared documents a
 * refused submit may create (holdDates creates the months it touches before it tries them), equal in meaning to
 * their absence — every night free at the station's capacity. Anything held, or any other new document, counts.
 */
export const isUntouchedCounter = (collection: string, doc: unknown): boolean =>
  (collection === 'stay_nights' || collection === 'seat_days') &&
  Object.values((doc as { held?: Record<string, number> }).held ?? {}).every((n) => n === 0);

/** What differs between two snapshots, as `<collection>/<id>: added|removed|changed` lines (empty: the same data). */
export function differences(before: Snapshot, after: Snapshot, { ignoreAdded = isUntouchedCounter } = {}): string[] {
  const out: string[] = [];
  for (const collection of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(collection) ?? new Map();
    const now = after.get(collection) ?? new Map();
    for (const [id, doc] of now) {
      if (!was.has(id)) {
        if (!ignoreAdded(collection, doc)) out.push(`${collection}/${id}: added`);
      } else if (was.get(id) !== doc && JSON.stringify(was.get(id)) !== JSON.stringify(doc)) out.push(`${collection}/${id}: changed`);
    }
    for (const id of was.keys()) if (!now.has(id)) out.push(`${collection}/${id}: removed`);
  }
  return out;
}
