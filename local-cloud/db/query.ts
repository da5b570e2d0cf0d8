import { Aggregator, Query, find } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from './errors';
import { parseEJSON, resolveServerDates } from './ejson';
import type { Store, View } from './store';
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

/**
 * The documents a query can match. A query on one `_id` (every `doc(id)` call) reads that document alone instead
 * of scanning the collection; everything else scans, as MongoDB does without an index.
 */
function candidates(store: Store, collection: string, view: View, query: AnyObject): Doc[] {
  const id = query._id;
  if (typeof id === 'string') {
    const doc = store.get(collection, id, view);
    return doc ? [doc] : [];
  }
  return store.scan(collection, view);
}

/** Matching, sorting, skipping, limiting and projecting with MongoDB's semantics (mingo). */
export function select(store: Store, collection: string, view: View, selection: Selection): Doc[] {
  const docs = candidates(store, collection, view, selection.query);
  let cursor = find(docs, selection.query, normalizeProjection(selection.projection));
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

export function aggregate(store: Store, collection: string, view: View, pipeline: AnyObject[]): AnyObject[] {
  const aggregator = new Aggregator(pipeline.flatMap(countAsGroup), {
    // `$lookup` reads other collections in the same view.
    collectionResolver: (name: string) => store.scan(name, view),
  });
  return aggregator.run(store.scan(collection, view)) as AnyObject[];
}
