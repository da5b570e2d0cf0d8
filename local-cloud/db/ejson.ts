import { BSONRegExp, EJSON } from 'bson';
import type { Doc } from './types';
import { DB_ERROR, DbError } from './errors';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The SDK sends queries, data, order and projection as canonical EJSON strings; numbers come back native. */
export function parseEJSON(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw new DbError(DB_ERROR.INVALID_PARAM, `${what} must be an EJSON string`);
  let value: unknown;
  try {
    value = EJSON.parse(text, { relaxed: true });
  } catch {
    throw new DbError(DB_ERROR.INVALID_PARAM, `${what} is not valid EJSON`);
  }
  return nativeRegExps(value);
}

/**
 * `db.RegExp(...)` and `/x/` arrive as `{ $regularExpression: { pattern, options } }`, which EJSON parses to a
 * BSONRegExp; the matcher (mingo) only treats a JavaScript RegExp as a pattern, so convert them.
 */
function nativeRegExps(value: unknown): unknown {
  if (value instanceof BSONRegExp) {
    const flags = value.options;
    if (/[^imsu]/.test(flags)) throw new DbError(DB_ERROR.INVALID_PARAM, `regular expression options "${flags}" are not supported`);
    try {
      return new RegExp(value.pattern, flags);
    } catch (error) {
      throw new DbError(DB_ERROR.INVALID_PARAM, `invalid regular expression: ${(error as Error).message}`);
    }
  }
  if (Array.isArray(value)) return value.map(nativeRegExps);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = nativeRegExps(item);
  return out;
}

export const stringifyEJSON = (value: unknown): string => EJSON.stringify(value, { relaxed: false });

/**
 * Replaces `db.serverDate({ offset })` markers (`{ $tcb_server_date: { offset } }`) with the server's clock,
 * wherever they sit in data or a query. One `now` per request, as on CloudBase.
 */
export function resolveServerDates<T>(value: T, now: number): T {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now)) as T;
  if (!isPlainObject(value)) return value;
  const marker = value.$tcb_server_date;
  if (marker !== undefined && Object.keys(value).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0;
    return new Date(now + offset) as T;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = resolveServerDates(item, now);
  return out as T;
}

/**
 * A deep copy of plain data (objects, arrays, Dates; BSON values are immutable and shared). Not `structuredClone`:
 * its objects come from Node's own realm, which under Jest is not the test's, and mingo and `isDeepStrictEqual`
 * then see every object as foreign.
 */
export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = cloneValue(item);
  return out as T;
}

export const cloneDoc = (doc: Doc): Doc => cloneValue(doc);
