import { stringifyEJSON } from '../ejson';
import { DEFAULT_LIMIT, MAX_LIMIT, readCount, readOptional, readQuery, select } from '../query';
import { collectionName, scopeOf, type DbAction } from './context';

/** `get()`: where / orderBy / skip / limit / field, with CloudBase's page limits. */
export const getDocument: DbAction = (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  const { view } = scopeOf(request);
  const limit = Math.min(readCount(params.limit, 'limit', DEFAULT_LIMIT) || DEFAULT_LIMIT, MAX_LIMIT);
  const offset = readCount(params.offset, 'offset', 0);
  const docs = select(store, collection, view, {
    query: readQuery(params, now),
    order: readOptional(params, 'order') as Record<string, 1 | -1> | undefined,
    projection: readOptional(params, 'projection'),
    offset,
    limit,
  });
  return { data: { list: docs.map(stringifyEJSON), limit, offset } };
};
