import { DB_ERROR, DbError } from '../errors';
import { parseEJSON, resolveServerDates } from '../ejson';
import { readQuery, select } from '../query';
import type { Doc, Write } from '../types';
import { applyUpdate, equalityFields, replaceDoc, sameDoc } from '../update';
import { collectionName, scopeOf, type DbAction } from './context';
import type { AnyObject } from 'mingo/types';

export function readData(params: Record<string, unknown>, now: number): AnyObject {
  const raw = typeof params.data === 'string' ? parseEJSON(params.data, 'data') : params.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DbError(DB_ERROR.INVALID_PARAM, 'data must be an object');
  }
  return resolveServerDates(raw as AnyObject, now);
}

/**
 * `update()` (merge: operators), `set()` (merge: false, upsert: true: replace or create), `where().update()`
 * (multi). `updated` counts documents that changed, like MongoDB's nModified.
 */
export const modifyDocument: DbAction = async (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  const { view, write } = scopeOf(request);
  const query = readQuery(params, now);
  const data = readData(params, now);
  const merge = params.merge !== false;
  const multi = params.multi === true;
  const matched = select(store, collection, view, { query, limit: multi ? undefined : 1 });

  const writes: Write[] = [];
  for (const doc of matched) {
    const next = merge ? applyUpdate(doc, data) : replaceDoc(doc._id, data);
    if (!sameDoc(doc, next)) writes.push({ collection, id: doc._id, doc: next });
  }

  let upsertId: string | undefined;
  if (matched.length === 0 && params.upsert === true) {
    const { _id: seedId, ...seed } = equalityFields(query);
    upsertId = typeof seedId === 'string' ? seedId : store.newId();
    const base: Doc = Object.keys(seed).length > 0 ? applyUpdate({ _id: upsertId }, { $set: seed }) : { _id: upsertId };
    const doc = merge ? applyUpdate(base, data) : replaceDoc(upsertId, data);
    writes.push({ collection, id: upsertId, doc });
  }

  await write(writes);
  const reply: Record<string, unknown> = { updated: upsertId ? 0 : writes.length };
  if (upsertId) reply.upsert_id = upsertId;
  return { data: reply };
};
