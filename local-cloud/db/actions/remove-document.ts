import { readQuery, select } from '../query';
import { collectionName, scopeOf, type DbAction } from './context';

/** `remove()` on a document, or `where().remove()` with `multi`. */
export const removeDocument: DbAction = async (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  const { view, write } = scopeOf(request);
  const matched = select(store, collection, view, { query: readQuery(params, now), limit: params.multi === true ? undefined : 1 });
  await write(matched.map((doc) => ({ collection, id: doc._id, doc: null })));
  return { data: { deleted: matched.length } };
};
