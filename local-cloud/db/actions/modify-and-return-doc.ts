import { stringifyEJSON } from '../ejson';
import { readQuery, select } from '../query';
import { applyUpdate, sameDoc } from '../update';
import { collectionName, scopeOf, type DbAction } from './context';
import { readData } from './modify-document';

/** `where().updateAndReturn()`: updates the first match and returns it as it is after the update. */
export const modifyAndReturnDoc: DbAction = async (request) => {
  const { params, store, now } = request;
  const collection = collectionName(params);
  const { view, write } = scopeOf(request);
  const [doc] = select(store, collection, view, { query: readQuery(params, now), limit: 1 });
  if (!doc) return { data: { updated: 0, doc: null } };
  const next = applyUpdate(doc, readData(params, now));
  const changed = !sameDoc(doc, next);
  if (changed) await write([{ collection, id: doc._id, doc: next }]);
  return { data: { updated: changed ? 1 : 0, doc: stringifyEJSON(next) } };
};
