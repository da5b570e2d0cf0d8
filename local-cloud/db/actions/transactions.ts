import type { DbAction } from './context';

/** The id sits at the top level of the reply: the SDK reads `res.transactionId`, not `res.data`. */
export const startTransaction: DbAction = ({ store }) => ({ transactionId: store.begin() });

export const commitTransaction: DbAction = async ({ params, store }) => {
  await store.commitTransaction(params.transactionId);
  return {};
};

export const abortTransaction: DbAction = ({ params, store }) => {
  store.abortTransaction(params.transactionId);
  return {};
};
