import { isDeepStrictEqual } from 'node:util';
import { update } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from './errors';
import { cloneDoc, cloneValue, isPlainObject } from './ejson';
import type { Doc } from './types';

const isOperatorDoc = (data: AnyObject) => Object.keys(data).some((key) => key.startsWith('$'));

/**
 * `merge: true` applies update operators (the SDK flattens plain nested fields into dotted `$set` paths);
 * plain top-level fields beside operators are treated as `$set`, as CloudBase does. Answers a new document and
 * leaves `doc` as it was (stored documents are never mutated).
 */
export function applyUpdate(doc: Doc, data: AnyObject): Doc {
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
  const simple = applySimple(doc, modifier);
  if (simple) return simple;
  const next = cloneDoc(doc);
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
 * directly: mingo's `update` builds a fresh operator context per call (a third of a millisecond). Anything else —
 * an array or a non-object on the way, a numeric segment, overlapping paths, `$inc` of a non-number, another
 * operator — answers null, and mingo applies it to a copy with MongoDB's full semantics.
 *
 * Copy-on-write: only the objects on the paths written are copied, the rest of the new version is shared with the
 * old one (neither is ever mutated). A month's capacity bucket keeps one holder entry per application and night, and
 * copying it whole (and comparing it whole, `sameDoc`) for every hold cost more with every hold: in
 * `npm run bench stays`, the largest cost per write of the local cloud after the journal.
 */
function applySimple(doc: Doc, modifier: AnyObject): Doc | null {
  const steps: Array<{ segments: string[]; op: string; value: unknown }> = [];
  const paths: string[] = [];
  for (const [op, fields] of Object.entries(modifier)) {
    if (!SIMPLE.has(op) || !isPlainObject(fields)) return null;
    for (const [path, value] of Object.entries(fields)) {
      const segments = path.split('.');
      if (segments.some((s) => s === '' || s === '__proto__' || /^\d+$/.test(s) || s.startsWith('$'))) return null;
      paths.push(path);
      let parent: AnyObject = doc;
      let missing = false;
      for (const segment of segments.slice(0, -1)) {
        if (!(segment in parent)) {
          missing = true;
          break;
        }
        const child = parent[segment];
        if (!isPlainObject(child)) return null;
        parent = child;
      }
      const key = segments[segments.length - 1];
      if (op === '$inc') {
        const current = missing ? undefined : parent[key];
        if (typeof value !== 'number' || (current !== undefined && typeof current !== 'number')) return null;
      }
      if (op === '$unset' && missing) continue;
      steps.push({ segments, op, value });
    }
  }
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  if (paths.some((a, i) => paths.slice(i + 1).some((b) => overlaps(a, b)))) return null;
  const next: AnyObject = {};
  for (const k in doc) next[k] = doc[k];
  const copies = new Set<AnyObject>([next]);
  /** `parent[key]` as an object of the new version only: a copy of the old one's, or a new one where there was none. */
  const own = (parent: AnyObject, key: string): AnyObject => {
    const child = parent[key];
    if (isPlainObject(child) && copies.has(child)) return child;
    const copy: AnyObject = {};
    // A for-in copy: object spread is several times slower on a large object (a bucket's `holders`).
    if (isPlainObject(child)) for (const k in child) copy[k] = child[k];
    parent[key] = copy;
    copies.add(copy);
    return copy;
  };
  let changed = false;
  for (const { segments, op, value } of steps) {
    let target = next;
    for (const segment of segments.slice(0, -1)) target = own(target, segment);
    const last = segments[segments.length - 1];
    const had = Object.prototype.hasOwnProperty.call(target, last);
    if (op === '$set') {
      changed ||= !had || !isDeepStrictEqual(target[last], value);
      target[last] = cloneValue(value);
    } else if (op === '$unset') {
      changed ||= had;
      delete target[last];
    } else {
      changed ||= !had || value !== 0;
      target[last] = ((target[last] as number | undefined) ?? 0) + (value as number);
    }
  }
  // Unchanged: the document itself (`sameDoc` then answers at once); changed: known so, without comparing it whole,
  // and with the update that made it from `doc`, for the journal (`takeUpdate`).
  if (!changed) return doc;
  updates.set(next, { base: doc, modifier });
  return next as Doc;
}

/** New versions `applySimple` made that differ from `base`, the version they were made from by `modifier`. */
const updates = new WeakMap<object, { base: Doc; modifier: AnyObject }>();

/**
 * How `doc` was made, if `applySimple` made it: the version it was made from and the update (operators only).
 * Answered once (the store asks when it commits `doc`): kept longer, each version would keep the one before it alive.
 */
export function takeUpdate(doc: Doc): { base: Doc; modifier: AnyObject } | undefined {
  const made = updates.get(doc);
  updates.delete(doc);
  return made;
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

/** MongoDB's `nModified`: an update that changes nothing does not count. `b` is the updated version of `a`. */
export const sameDoc = (a: Doc, b: Doc): boolean => a === b || (!updates.has(b) && isDeepStrictEqual(a, b));
