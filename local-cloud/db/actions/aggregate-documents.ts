import type { AnyObject } from 'mingo/types';
import { DB_ERROR, DbError } from '../errors';
import { parseEJSON, resolveServerDates, stringifyEJSON } from '../ejson';
import { aggregate } from '../query';
import { collectionName, scopeOf, type DbAction } from './context';

/**
 * What an aggregation without a `$limit` stage answers at most: CloudBase's cloud-function side gives 20 records
 * then, however many the pipeline makes (reported by its users; its docs are silent), so a query that needs more must
 * say `.limit()`. The same here, so that one that does not fails its tests rather than production.
 */
const DEFAULT_AGGREGATE_LIMIT = 20;

/** `aggregate()...end()`: stages arrive as `{ stageKey: '$match', stageValue: '<EJSON>' }`. */
export const aggregateDocuments: DbAction = (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  const { view } = scopeOf(request);
  if (!Array.isArray(params.stages)) throw new DbError(DB_ERROR.INVALID_PARAM, 'stages must be an array');
  const pipeline: AnyObject[] = params.stages.map((stage: { stageKey?: unknown; stageValue?: unknown }) => {
    if (typeof stage?.stageKey !== 'string' || !stage.stageKey.startsWith('$')) {
      throw new DbError(DB_ERROR.INVALID_PARAM, 'each stage needs a stageKey such as $match');
    }
    const value = typeof stage.stageValue === 'string' ? parseEJSON(stage.stageValue, stage.stageKey) : stage.stageValue;
    return { [stage.stageKey]: resolveServerDates(value, now) };
  });
  try {
    const list = aggregate(store, collection, view, pipeline);
    const limited = pipeline.some((stage) => '$limit' in stage) ? list : list.slice(0, DEFAULT_AGGREGATE_LIMIT);
    return { data: { list: limited.map(stringifyEJSON) } };
  } catch (error) {
    if (error instanceof DbError) throw error;
    throw new DbError(DB_ERROR.INVALID_PARAM, `aggregation failed: ${(error as Error).message}`);
  }
};
