import { isDeepStrictEqual } from 'node:util';
import { update } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from './errors';
import { cloneDoc, cloneValue } from './ejson';
import type { Doc } from './types';

const isOperatorDoc = (data: AnyObject) => Object.keys(data).some((key) => key.startsWith('$'));

/**
 * `merge: true` applies update operators (the SDK flattens plain nested fields into dotted `$set` paths);
 * plain top-level fields beside operators are treated as `$set`, as CloudBase does.
 */
export function applyUpdate(doc: Doc, data: AnyObject): Doc {
  const next = cloneDoc(doc);
  const modifier: AnyObject = {};
  const plain: AnyObject = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('$')) modifier[key] = value;
    else plain[key] = value;
  }
  if (Object.keys(plain).length > 0) modifier.$set = { ...(modifier.$set as AnyObject | undefined), ...plain };
  for (const fields of Object.values(modifier)) {
    if (fields && typeof fields === 'object' && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
      throw new DbError(DB_ERROR.INVALID_PARAM, '_id cannot be changed');
    }
  }
  try {
    update(next, modifier as never, undefined, undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw new DbError(DB_ERROR.INVALID_PARAM, `invalid update: ${(error as Error).message}`);
  }
  return next;
}

/** `merge: false` (the SDK's `set`) replaces the document, keeping its `_id`. */
export function replaceDoc(id: string, data: AnyObject): Doc {
  if (isOperatorDoc(data)) throw new DbError(DB_ERROR.INVALID_PARAM, 'a replacement cannot contain update operators');
  return { ...cloneValue(data), _id: id };
}

/** The equality fields of a query, which seed a document created by an upsert. */
export function equalityFields(query: AnyObject): AnyObject {
  const out: AnyObject = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) continue;
    if (value && typeof value === 'object' && !(value instanceof Date) && Object.keys(value).some((k) => k.startsWith('$'))) {
      const eq = (value as AnyObject).$eq;
      if (eq !== undefined) out[key] = eq;
      continue;
    }
    out[key] = value;
  }
  return out;
}

/** MongoDB's `nModified`: an update that changes nothing does not count. */
export const sameDoc = (a: Doc, b: Doc): boolean => isDeepStrictEqual(a, b);
