import { count, readQuery } from '../query';
import { collectionName, scopeOf, type DbAction } from './context';

/** `count()`. */
export const calculateDocument: DbAction = (request) => {
  const { params, store, now } = request;
  const { view } = scopeOf(request);
  return { data: { total: count(store, collectionName(params), view, readQuery(params, now)) } };
};
