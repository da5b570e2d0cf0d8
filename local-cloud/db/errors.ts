/**
 * Errors the database answers with, by CloudBase's own codes, so the real SDK turns them into `TcbError`s
 * exactly as it does against CloudBase.
 */
export const DB_ERROR = {
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  /** Local choice: CloudBase's text for an unknown or finished transaction is not documented. */
  TRANSACTION_NOT_EXIST: 'DATABASE_TRANSACTION_NOT_EXIST',
  INVALID_PARAM: 'INVALID_PARAM',
  ACTION_NOT_SUPPORTED: 'ACTION_NOT_SUPPORTED',
  INTERNAL: 'SYS_ERR',
} as const;

export type DbErrorCode = (typeof DB_ERROR)[keyof typeof DB_ERROR];

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}
