import type { AnyObject } from 'mingo/types';
import { SortedEntries, type Entry } from './sort-order';
import type { Doc } from './types';

/** Index declarations, as `cloudfunctions/_shared/collections.ts` lists them. */
export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

type Key = string;

/** One comparable string per indexed value: MongoDB puts a missing field and `null` in the same bucket. */
export function keyOfValue(value: unknown): Key {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return `d:${value.getTime()}`;
  switch (typeof value) {
    case 'string':
      return `s:${value}`;
    case 'number':
      return `n:${value}`;
    case 'boolean':
      return `b:${value}`;
    default:
      return `j:${JSON.stringify(value)}`;
  }
}

/** The values a document holds at a dotted path; arrays contribute each element (a multikey index). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object') next.push((item as AnyObject)[part]);
      } else if (value && typeof value === 'object' && !(value instanceof Date)) {
        next.push((value as AnyObject)[part]);
      } else {
        next.push(undefined);
      }
    }
    current = next;
  }
  const out: unknown[] = [];
  for (const value of current) {
    if (Array.isArray(value)) {
      out.push(...value);
      if (value.length === 0) out.push(undefined);
    } else {
      out.push(value);
    }
  }
  return out;
}

const isOperatorObject = (value: unknown): value is AnyObject =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !(value instanceof RegExp) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key.startsWith('$'));

/**
 * The values a query pins a field to: `field: v`, `field: { $eq: v }` or `field: { $in: [...] }`, also inside a
 * top-level `$and`. Null when the query does not pin it to a finite set.
 */
export function equalityValues(query: AnyObject, field: string): unknown[] | null {
  if (Object.prototype.hasOwnProperty.call(query, field)) {
    const condition = query[field];
    if (condition instanceof RegExp || Array.isArray(condition)) return null;
    if (!isOperatorObject(condition)) {
      return condition && typeof condition === 'object' && !(condition instanceof Date) ? null : [condition];
    }
    if ('$eq' in condition) return [condition.$eq];
    if (Array.isArray(condition.$in) && condition.$in.every((v: unknown) => !(v instanceof RegExp))) return condition.$in;
  }
  if (Array.isArray(query.$and)) {
    for (const clause of query.$and) {
      const values = clause && typeof clause === 'object' ? equalityValues(clause as AnyObject, field) : null;
      if (values) return values;
    }
  }
  return null;
}

function cartesian(lists: unknown[][]): unknown[][] {
  return lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/** The sorted entries an ordered walk reads, and the field they are sorted by. */
export interface OrderedPlan {
  index: string;
  field: string;
  /** How many leading keys the query pins. */
  pinned: number;
  lists: SortedEntries[];
}

/**
 * One index of one collection: for every prefix of its keys, the ids of the documents holding each value tuple;
 * and, like a B-tree, for every prefix (also the empty one) the ids sorted by the next key, so that a query pinning
 * the first keys and sorted by the next one reads its page in order instead of sorting every match.
 */
class Index {
  readonly fields: string[];
  /** prefix length - 1 → tuple key → ids */
  private readonly buckets: Array<Map<Key, Set<string>>>;
  /** prefix length → tuple key of the first `prefix` fields → ids sorted by field `prefix` */
  private readonly ordered: Array<Map<Key, SortedEntries>>;
  /** id → the bucket keys it is in, per prefix length, to remove it again */
  private readonly entries = new Map<string, Key[][]>();
  /** id → its sorted entries, per prefix length and tuple key, to remove them again */
  private readonly sortedEntries = new Map<string, Array<{ prefix: number; key: Key; entry: Entry }>>();

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
    this.buckets = this.fields.map(() => new Map());
    this.ordered = this.fields.map(() => new Map());
  }

  /** For each prefix length, each tuple of the first fields with each value of the next field. */
  private sortedTuples(doc: Doc, id: string): Array<{ prefix: number; key: Key; entry: Entry }> {
    const perField = this.fields.map((field) => {
      const byKey = new Map<Key, unknown>();
      for (const value of valuesAt(doc, field)) byKey.set(keyOfValue(value), value);
      return [...byKey];
    });
    const out: Array<{ prefix: number; key: Key; entry: Entry }> = [];
    this.fields.forEach((_field, prefix) => {
      const tuples = cartesian(perField.slice(0, prefix).map((pairs) => pairs.map(([key]) => key)));
      for (const tuple of tuples) {
        for (const [, value] of perField[prefix]) out.push({ prefix, key: (tuple as Key[]).join('\u0001'), entry: { value, id } });
      }
    });
    return out;
  }

  private tuples(doc: Doc): Key[][] {
    const perField = this.fields.map((field) => [...new Set(valuesAt(doc, field).map(keyOfValue))]);
    return this.fields.map((_, i) => cartesian(perField.slice(0, i + 1)).map((tuple) => (tuple as Key[]).join('\u0001')));
  }

  /** Re-indexes a document from every version of it that a reader might still see. */
  set(id: string, versions: Array<Doc | null>): void {
    this.remove(id);
    const keys: Key[][] = this.fields.map(() => []);
    for (const doc of versions) {
      if (!doc) continue;
      this.tuples(doc).forEach((list, i) => keys[i].push(...list));
    }
    keys.forEach((list, i) => {
      for (const key of new Set(list)) {
        let ids = this.buckets[i].get(key);
        if (!ids) this.buckets[i].set(key, (ids = new Set()));
        ids.add(id);
      }
    });
    this.entries.set(id, keys);
    const sorted = versions.flatMap((doc) => (doc ? this.sortedTuples(doc, id) : []));
    for (const { prefix, key, entry } of sorted) {
      let list = this.ordered[prefix].get(key);
      if (!list) this.ordered[prefix].set(key, (list = new SortedEntries()));
      list.add(entry);
    }
    this.sortedEntries.set(id, sorted);
  }

  remove(id: string): void {
    const keys = this.entries.get(id);
    if (!keys) return;
    keys.forEach((list, i) => {
      for (const key of list) {
        const ids = this.buckets[i].get(key);
        ids?.delete(id);
        if (ids && ids.size === 0) this.buckets[i].delete(key);
      }
    });
    this.entries.delete(id);
    for (const { prefix, key, entry } of this.sortedEntries.get(id) ?? []) {
      const list = this.ordered[prefix].get(key);
      list?.delete(entry);
      if (list && list.size === 0) this.ordered[prefix].delete(key);
    }
    this.sortedEntries.delete(id);
  }

  /**
   * The sorted lists that hold, in `field` order, every document the query may match: when the query pins the
   * leading keys before `field` by equality (or `_.in`: one list per combination). Null when `field` is not the
   * next key.
   */
  orderedLists(query: AnyObject, field: string): SortedEntries[] | null {
    const pinned: unknown[][] = [];
    for (const name of this.fields) {
      if (name === field) break;
      const values = equalityValues(query, name);
      if (!values) return null;
      pinned.push(values);
    }
    if (pinned.length === this.fields.length) return null;
    const lists: SortedEntries[] = [];
    for (const tuple of cartesian(pinned.map((values) => values.map(keyOfValue)))) {
      const list = this.ordered[pinned.length].get((tuple as Key[]).join('\u0001'));
      if (list) lists.push(list);
    }
    return lists;
  }

  /** How many leading keys the query pins, and the ids that may match; null if it pins none. */
  lookup(query: AnyObject): { prefix: number; ids: Set<string> } | null {
    const pinned: unknown[][] = [];
    for (const field of this.fields) {
      const values = equalityValues(query, field);
      if (!values) break;
      pinned.push(values);
    }
    if (pinned.length === 0) return null;
    const bucket = this.buckets[pinned.length - 1];
    const ids = new Set<string>();
    for (const tuple of cartesian(pinned.map((values) => values.map(keyOfValue)))) {
      for (const id of bucket.get((tuple as Key[]).join('\u0001')) ?? []) ids.add(id);
    }
    return { prefix: pinned.length, ids };
  }
}

/** The declared indexes of every collection, kept up to date by the store. */
export class Indexes {
  private readonly byCollection = new Map<string, Index[]>();

  constructor(declared: Record<string, IndexSpec[]>) {
    for (const [collection, specs] of Object.entries(declared)) {
      this.byCollection.set(
        collection,
        specs.map((spec) => new Index(spec)),
      );
    }
  }

  isDeclared(collection: string): boolean {
    return this.byCollection.has(collection);
  }

  set(collection: string, id: string, versions: Array<Doc | null>): void {
    for (const index of this.byCollection.get(collection) ?? []) {
      if (versions.some(Boolean)) index.set(id, versions);
      else index.remove(id);
    }
  }

  /** The candidate ids from the index that pins the most leading keys, or null when no index serves the query. */
  lookup(collection: string, query: AnyObject): { index: string; ids: Set<string> } | null {
    let best: { index: string; prefix: number; ids: Set<string> } | null = null;
    for (const index of this.byCollection.get(collection) ?? []) {
      const hit = index.lookup(query);
      if (hit && (!best || hit.prefix > best.prefix || (hit.prefix === best.prefix && hit.ids.size < best.ids.size))) {
        best = { index: index.spec.name, ...hit };
      }
    }
    return best;
  }

  /** An index whose next key after the pinned ones is `field`, preferring the one that pins the most keys. */
  orderedPlan(collection: string, query: AnyObject, field: string): OrderedPlan | null {
    let best: OrderedPlan | null = null;
    for (const index of this.byCollection.get(collection) ?? []) {
      const lists = index.orderedLists(query, field);
      const pinned = index.fields.indexOf(field);
      if (lists && (!best || pinned > best.pinned)) best = { index: index.spec.name, field, pinned, lists };
    }
    return best;
  }

  /**
   * Whether some index starts with a field the query bounds by a range (`$gt`, `$gte`, `$lt`, `$lte`): MongoDB
   * serves that with an index scan. Here the indexes are hash buckets, so the query is answered by a scan, but it
   * is not reported.
   */
  servesRange(collection: string, query: AnyObject): boolean {
    return (this.byCollection.get(collection) ?? []).some((index) => {
      const condition = query[index.fields[0]];
      return (
        condition !== null &&
        typeof condition === 'object' &&
        !(condition instanceof Date) &&
        ['$gt', '$gte', '$lt', '$lte'].some((op) => op in (condition as AnyObject))
      );
    });
  }

  /** Whether some index starts with this field (a sort on it is served). */
  leadsWith(collection: string, field: string): boolean {
    return (this.byCollection.get(collection) ?? []).some((index) => index.fields[0] === field);
  }
}
