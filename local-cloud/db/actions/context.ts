import type { Store, View } from '../store';
import type { Write } from '../types';

/** One wire request: its parameters, the store, and the server clock fixed for the request. */
export interface ActionRequest {
  params: Record<string, unknown>;
  store: Store;
  now: number;
}

/** The fields of a successful reply besides `requestId` (usually `{ data: ... }`). */
export type ActionReply = Record<string, unknown>;
export type DbAction = (request: ActionRequest) => Promise<ActionReply> | ActionReply;

export const collectionName = (params: Record<string, unknown>): string => {
  const name = params.collectionName;
  if (typeof name !== 'string' || name === '') throw new TypeError('collectionName is required');
  return name;
};

/** The view a request reads from, and how its writes land: inside its transaction, or committed at once. */
export function scopeOf(request: ActionRequest): { view: View; write: (writes: Write[]) => Promise<void> } {
  const { store, params } = request;
  const transactionId = params.transactionId;
  if (transactionId === undefined || transactionId === null || transactionId === '') {
    return { view: store.latestView(), write: (writes) => store.commit(writes) };
  }
  return {
    view: store.viewOf(transactionId),
    write: async (writes) => store.stage(transactionId, writes),
  };
}
