import { collectionName, type DbAction } from './context';

/** `db.createCollection(name)`. */
export const addCollection: DbAction = async ({ params, store }) => {
  await store.createCollection(collectionName(params));
  return { data: {} };
};
