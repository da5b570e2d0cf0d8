import { Aggregator, Query } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from './errors';
import { parseEJSON, resolveServerDates } from './ejson';
import type { Store, View } from './store';
import { equalityValues, keyOfValue, valuesAt } from './indexes';
import { compareValues, type Bounds, type Entry, type SortedEntries } from './sort-order';
import type { Doc } from './types';

/** CloudBase's page size for the server SDK: 100 unless asked, never more than 1000. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface Selection {
  query: AnyObject;
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: AnyObject;
}

const asObject = (value: unknown, what: string): AnyObject => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DbError(DB_ERROR.INVALID_PARAM, `${what} must be an object`);
  }
  return value as AnyObject;
};

/** `query` as the SDK sends it: an EJSON string, absent for "all documents". */
export function readQuery(params: Record<string, unknown>, now: number): AnyObject {
  if (params.query === undefined || params.query === null || params.query === '') return {};
  const query = typeof params.query === 'string' ? parseEJSON(params.query, 'query') : params.query;
  return resolveServerDates(asObject(query, 'query'), now);
}

export function readOptional(params: Record<string, unknown>, name: string): AnyObject | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  return asObject(typeof value === 'string' ? parseEJSON(value, name) : value, name);
}

export function readCount(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new DbError(DB_ERROR.INVALID_PARAM, `${name} must be a non-negative integer`);
  return n;
}

/** Mongo's `_id`-first rule: a projection includes `_id` unless it says otherwise. */
function normalizeProjection(projection: AnyObject | undefined): AnyObject | undefined {
  if (!projection || Object.keys(projection).length === 0) return undefined;
  const out: AnyObject = {};
  for (const [key, value] of Object.entries(projection)) out[key] = value === true ? 1 : value === false ? 0 : value;
  return out;
}

/** The query with values blanked, for reports: `{"status":"?","stationId":{"$in":"?"}}`. */
function shapeOf(query: AnyObject, order?: Record<string, 1 | -1>): string {
  const blank = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(blank);
    if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof RegExp)) {
      return Object.fromEntries(
        Object.entries(value as AnyObject).map(([k, v]) => [k, k.startsWith('$') && !['$and', '$or', '$nor'].includes(k) ? '?' : blank(v)]),
      );
    }
    return '?';
  };
  const sort = order && Object.keys(order).length > 0 ? ` sort ${JSON.stringify(order)}` : '';
  return `${JSON.stringify(blank(query))}${sort}`;
}

function byIds(store: Store, collection: string, view: View, ids: Iterable<string>): Doc[] {
  const out: Doc[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const doc = store.get(collection, id, view);
    if (doc) out.push(doc);
  }
  return out;
}

/**
 * The documents a query can match: by `_id`, or from the declared index that pins the most leading keys (a superset
 * that the full query then filters). Anything else scans the collection and is reported, like MongoDB's
 * `notablescan`, so the index list in cloudfunctions/_shared/collections.ts stays complete. Listing a whole
 * collection unsorted (pagination) is not reported; sorting it is, unless an index leads with the sort key. A range
 * on an index's first key is not reported either (MongoDB scans that index), though it is answered by a scan here.
 */
function candidates(store: Store, collection: string, view: View, query: AnyObject, order?: Record<string, 1 | -1>): Doc[] {
  const ids = equalityValues(query, '_id');
  if (ids && ids.every((id) => typeof id === 'string'))
    return byIds(store, collection, view, [...(ids as string[]), ...store.ownIds(collection, view)]);
  const hit = store.indexes.lookup(collection, query);
  if (hit) return byIds(store, collection, view, [...hit.ids, ...store.ownIds(collection, view)]);
  const sortKey = order ? Object.keys(order)[0] : undefined;
  const listing = Object.keys(query).length === 0 && (!sortKey || store.indexes.leadsWith(collection, sortKey));
  if (!listing && !store.indexes.servesRange(collection, query)) store.reportUnindexed(collection, shapeOf(query, order));
  return store.scan(collection, view);
}

const RANGE_OPS = ['$gt', '$gte', '$lt', '$lte'] as const;

/** The tightest range the query puts on `field` (top level or in a top-level `$and`); it narrows an ordered walk. */
function rangeBounds(query: AnyObject, field: string): Bounds {
  const bounds: Bounds = {};
  const conditions: unknown[] = [query[field], ...(Array.isArray(query.$and) ? query.$and.map((c: AnyObject) => c?.[field]) : [])];
  for (const condition of conditions) {
    if (!condition || typeof condition !== 'object' || condition instanceof Date || Array.isArray(condition)) continue;
    for (const op of RANGE_OPS) {
      if (!(op in condition)) continue;
      const value = (condition as AnyObject)[op];
      if (op === '$gt' || op === '$gte') {
        const c = bounds.lower ? compareValues(value, bounds.lower.value) : 1;
        if (c > 0 || (c === 0 && op === '$gt')) bounds.lower = { value, inclusive: op === '$gte' };
      } else {
        const c = bounds.upper ? compareValues(value, bounds.upper.value) : -1;
        if (c < 0 || (c === 0 && op === '$lt')) bounds.upper = { value, inclusive: op === '$lte' };
      }
    }
  }
  return bounds;
}

/** Several sorted lists (one per `_.in` combination) read as one, in (value, id) order. */
function* mergeWalk(lists: SortedEntries[], bounds: Bounds, direction: 1 | -1): Generator<Entry> {
  const walkers = lists.map((list) => list.walk(bounds, direction));
  const heads = walkers.map((walker) => walker.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i += 1) {
      const head = heads[i];
      if (head.done) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const current = heads[best].value as Entry;
      const c = compareValues(head.value.value, current.value) || (head.value.id < current.id ? -1 : head.value.id > current.id ? 1 : 0);
      if (c * direction < 0) best = i;
    }
    if (best < 0) return;
    yield heads[best].value as Entry;
    heads[best] = walkers[best].next();
  }
}

/**
 * A sorted, limited query whose first sort key is the next key of an index after the keys it pins reads the index
 * in order and stops after the page (and the rest of the last sort value's ties, so secondary sort keys still
 * apply): the cost follows the page, not the number of matches. Null when no index fits; the caller then sorts.
 */
function selectInIndexOrder(store: Store, collection: string, view: View, selection: Selection): Doc[] | null {
  const { query, order, limit } = selection;
  if (!order || limit === undefined || Object.keys(order).length === 0) return null;
  // Documents the transaction wrote are not in the indexes yet.
  if (store.ownIds(collection, view).length > 0) return null;
  const [field, direction] = Object.entries(order)[0];
  const plan = store.indexes.orderedPlan(collection, query, field);
  const bounds = rangeBounds(query, field);
  // A filter on other fields walked over a whole index is what `candidates` reports as unindexed: let it.
  if (!plan || (plan.pinned === 0 && Object.keys(query).length > 0 && !bounds.lower && !bounds.upper)) return null;
  const need = (selection.offset ?? 0) + limit;
  const matcher = new Query(query);
  const taken: Doc[] = [];
  const seen = new Set<string>();
  let lastValue: unknown;
  for (const entry of mergeWalk(plan.lists, bounds, direction === -1 ? -1 : 1)) {
    if (taken.length >= need && compareValues(entry.value, lastValue) !== 0) break;
    if (seen.has(entry.id)) continue;
    store.stats.docsExamined += 1;
    const doc = store.get(collection, entry.id, view);
    if (!doc) continue;
    const values = valuesAt(doc, field);
    // An array sorts by its smallest or largest element in MongoDB: leave that to mingo.
    if (values.length !== 1) return null;
    // The index also holds the positions of versions older readers may see; take the document at its own.
    if (keyOfValue(values[0]) !== keyOfValue(entry.value)) continue;
    seen.add(entry.id);
    if (!matcher.test(doc)) continue;
    taken.push(doc);
    lastValue = entry.value;
  }
  let cursor = matcher.find(taken, normalizeProjection(selection.projection)).sort(order);
  if (selection.offset) cursor = cursor.skip(selection.offset);
  return cursor.limit(limit).all() as Doc[];
}

/** Matching, sorting, skipping, limiting and projecting with MongoDB's semantics (mingo). */
export function select(store: Store, collection: string, view: View, selection: Selection): Doc[] {
  const inOrder = selectInIndexOrder(store, collection, view, selection);
  if (inOrder) return inOrder;
  const docs = candidates(store, collection, view, selection.query, selection.order);
  store.stats.docsExamined += docs.length;
  // `new Query(…).find`, not mingo's `find`: that merges its table of operators into a copy twice over per call
  // (`makeOpts` runs twice), the most of mingo's share of the local cloud's CPU in `npm run bench stays`.
  let cursor = new Query(selection.query).find(docs, normalizeProjection(selection.projection));
  if (selection.order && Object.keys(selection.order).length > 0) cursor = cursor.sort(selection.order);
  if (selection.offset) cursor = cursor.skip(selection.offset);
  if (selection.limit !== undefined) cursor = cursor.limit(selection.limit);
  return cursor.all() as Doc[];
}

export function count(store: Store, collection: string, view: View, query: AnyObject): number {
  const matcher = new Query(query);
  let n = 0;
  for (const doc of candidates(store, collection, view, query)) if (matcher.test(doc)) n += 1;
  return n;
}

/**
 * `$count` as MongoDB defines it, `$group` by null then `$project` without `_id`: over no documents it yields no
 * document. mingo's own `$count` yields `{ name: 0 }` there, which CloudBase never returns.
 */
const countAsGroup = (stage: AnyObject): AnyObject[] => {
  const name = stage.$count;
  if (name === undefined || Object.keys(stage).length !== 1 || typeof name !== 'string') return [stage];
  return [{ $group: { _id: null, [name]: { $sum: 1 } } }, { $project: { _id: 0 } }];
};

/** A pipeline that starts with `$match` reads only what that match's index gives; others read the collection. */
export function aggregate(store: Store, collection: string, view: View, pipeline: AnyObject[]): AnyObject[] {
  const first = pipeline[0]?.$match as AnyObject | undefined;
  const input = first ? candidates(store, collection, view, first) : store.scan(collection, view);
  const aggregator = new Aggregator(pipeline.flatMap(countAsGroup), {
    // `$lookup` reads other collections in the same view.
    collectionResolver: (name: string) => store.scan(name, view),
  });
  return aggregator.run(input) as AnyObject[];
}
