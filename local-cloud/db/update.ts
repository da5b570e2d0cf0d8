import { isDeepStrictEqual } from 'node:util';
import { update } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from './errors';
import { cloneDoc, cloneValue, isPlainObject } from './ejson';
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
  if (applySimple(next, modifier)) return next;
  try {
    update(next, modifier as never, undefined, undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw new DbError(DB_ERROR.INVALID_PARAM, `invalid update: ${(error as Error).message}`);
  }
  return next;
}

const SIMPLE = new Set(['$set', '$unset', '$inc']);

/**
 * The updates functions send most (`$set`, `$unset`, `$inc` on fields reached through plain objects), applied
 * directly: mingo's `update` builds a fresh operator context per call (a third of a millisecond, the local cloud's
 * largest cost per write in `npm run bench stays`). Anything else — an array or a non-object on the way, a numeric
 * segment, overlapping paths, `$inc` of a non-number, another operator — returns false with `doc` untouched, and
 * mingo applies it with MongoDB's full semantics.
 */
function applySimple(doc: Doc, modifier: AnyObject): boolean {
  const steps: Array<{ parent: AnyObject; key: string; op: string; value: unknown }> = [];
  const paths: string[] = [];
  for (const [op, fields] of Object.entries(modifier)) {
    if (!SIMPLE.has(op) || !isPlainObject(fields)) return false;
    for (const [path, value] of Object.entries(fields)) {
      const segments = path.split('.');
      if (segments.some((s) => s === '' || s === '__proto__' || /^\d+$/.test(s) || s.startsWith('$'))) return false;
      paths.push(path);
      let parent: AnyObject = doc;
      const missing: string[] = [];
      for (const segment of segments.slice(0, -1)) {
        if (missing.length > 0 || !(segment in parent)) {
          missing.push(segment);
          continue;
        }
        const child = parent[segment];
        if (!isPlainObject(child)) return false;
        parent = child;
      }
      const key = segments[segments.length - 1];
      if (op === '$inc') {
        const current = missing.length > 0 ? undefined : parent[key];
        if (typeof value !== 'number' || (current !== undefined && typeof current !== 'number')) return false;
      }
      if (op === '$unset' && missing.length > 0) continue;
      // Intermediate objects are created only when the whole update is known to be simple (below).
      steps.push({ parent, key: [...missing, key].join('.'), op, value });
    }
  }
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  if (paths.some((a, i) => paths.slice(i + 1).some((b) => overlaps(a, b)))) return false;
  for (const { parent, key, op, value } of steps) {
    const segments = key.split('.');
    let target = parent;
    for (const segment of segments.slice(0, -1)) target = (target[segment] ??= {}) as AnyObject;
    const last = segments[segments.length - 1];
    if (op === '$set') target[last] = cloneValue(value);
    else if (op === '$unset') delete target[last];
    else target[last] = ((target[last] as number | undefined) ?? 0) + (value as number);
  }
  return true;
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
