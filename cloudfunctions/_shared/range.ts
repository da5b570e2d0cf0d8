import type { Database } from './cloud';

/**
 * The condition "between `from` and `to`, both included" for a field, from filters that may give either bound or
 * both; undefined when neither is given (no condition on the field).
 */
export function inclusiveRange<T>(_: Database['command'], from: T | undefined, to: T | undefined): unknown {
  if (from !== undefined && to !== undefined) return _.gte(from).and(_.lte(to));
  if (from !== undefined) return _.gte(from);
  if (to !== undefined) return _.lte(to);
  return undefined;
}
