import { DB_ERROR, DbError } from '../errors';
import { parseEJSON, resolveServerDates } from '../ejson';
import type { Doc } from '../types';
import { collectionName, scopeOf, type DbAction } from './context';

/** `add()`: all documents or none; a taken `_id` is `DATABASE_DUPLICATE_WRITE`. */
export const insertDocument: DbAction = async (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  if (!Array.isArray(params.data) || params.data.length === 0) {
    throw new DbError(DB_ERROR.INVALID_PARAM, 'data must be a non-empty array of EJSON documents');
  }
  const { view, write } = scopeOf(request);
  const docs: Doc[] = params.data.map((item) => {
    const value = resolveServerDates(typeof item === 'string' ? parseEJSON(item, 'data') : item, now);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DbError(DB_ERROR.INVALID_PARAM, 'each document must be an object');
    }
    const doc = value as Record<string, unknown>;
    const id = doc._id === undefined ? store.newId() : doc._id;
    if (typeof id !== 'string' && typeof id !== 'number') throw new DbError(DB_ERROR.INVALID_PARAM, '_id must be a string');
    return { ...doc, _id: String(id) };
  });
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc._id) || store.get(collection, doc._id, view)) {
      throw new DbError(DB_ERROR.DUPLICATE_WRITE, `duplicate _id ${doc._id}`);
    }
    seen.add(doc._id);
  }
  await write(docs.map((doc) => ({ collection, id: doc._id, doc })));
  return { data: { insertedIds: docs.map((doc) => doc._id) } };
};
