import { aggregateDocuments } from './aggregate-documents';
import { calculateDocument } from './calculate-document';
import { addCollection } from './collections';
import type { DbAction } from './context';
import { getDocument } from './get-document';
import { insertDocument } from './insert-document';
import { modifyAndReturnDoc } from './modify-and-return-doc';
import { modifyDocument } from './modify-document';
import { removeDocument } from './remove-document';
import { abortTransaction, commitTransaction, startTransaction } from './transactions';

/** The wire actions the node-sdk sends to `/admin`, by name. */
export const DB_ACTIONS: Record<string, DbAction> = {
  'database.addCollection': addCollection,
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
};
