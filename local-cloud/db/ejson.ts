import { EJSON } from 'bson';
import type { Doc } from './types';
import { DB_ERROR, DbError } from './errors';

/** The SDK sends queries, data, order and projection as canonical EJSON strings; numbers come back native. */
export function parseEJSON(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw new DbError(DB_ERROR.INVALID_PARAM, `${what} must be an EJSON string`);
  try {
    return EJSON.parse(text, { relaxed: true });
  } catch {
    throw new DbError(DB_ERROR.INVALID_PARAM, `${what} is not valid EJSON`);
  }
}

export const stringifyEJSON = (value: unknown): string => EJSON.stringify(value, { relaxed: false });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

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

export const cloneDoc = (doc: Doc): Doc => structuredClone(doc);
